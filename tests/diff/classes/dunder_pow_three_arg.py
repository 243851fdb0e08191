class M:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        print("pow", exp, mod)
        if mod is None:
            return M(self.v**exp)
        return M(pow(self.v, exp, mod))

    def __rpow__(self, base, mod=None):
        print("rpow", base, mod)
        return M(base**self.v)

    def __repr__(self):
        return f"M({self.v})"


print(M(3) ** 2)
print(pow(M(3), 4))
print(pow(M(3), 4, 5))
print(2 ** M(5))
print(pow(2, M(3)))
