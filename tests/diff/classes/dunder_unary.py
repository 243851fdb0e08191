class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(+self.v * 1)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __repr__(self):
        return f"N({self.v})"


n = N(5)
print(-n, +n, abs(N(-3)), ~n)
print(-(-n), ~~n, abs(-N(2)))
print(-N(0))


class S:
    def __neg__(self):
        return "negated"


print(-S())
+S()
