class Flags:
    def __init__(self, bits):
        self.bits = bits

    def __or__(self, o):
        return Flags(self.bits | o.bits)

    def __and__(self, o):
        return Flags(self.bits & o.bits)

    def __xor__(self, o):
        return Flags(self.bits ^ o.bits)

    def __invert__(self):
        return Flags(~self.bits & 0xF)

    def __lshift__(self, n):
        return Flags((self.bits << n) & 0xF)

    def __rshift__(self, n):
        return Flags(self.bits >> n)

    def __bool__(self):
        return self.bits != 0

    def __repr__(self):
        return f"Flags({self.bits:04b})"


R, W, X = Flags(1), Flags(2), Flags(4)
rw = R | W
print(rw, rw & W, rw ^ X, ~rw)
print(bool(rw & X), bool(rw & R))
print(R << 3, X >> 2, (R << 4))
f = Flags(0)
f |= X
f ^= R
print(f)
