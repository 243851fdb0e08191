class Times:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


t = Times(3)
print("ab" * t, [0] * t, (1, 2) * t)
print(t * "xy" if hasattr(Times, "__mul__") else "no __mul__")
try:
    print(t * "xy")
except TypeError as e:
    print("TypeError:", e)


class Rep:
    def __mul__(self, n):
        return "Rep*" + str(n)

    def __rmul__(self, n):
        return str(n) + "*Rep"


print(Rep() * 2, 2 * Rep(), "s" * Rep(), [1] * Rep())
