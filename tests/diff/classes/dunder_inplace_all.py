class Log:
    def __init__(self):
        self.ops = []

    def _iop(name):
        def f(self, other):
            self.ops.append(name + str(other))
            return self

        return f

    __iadd__ = _iop("+=")
    __isub__ = _iop("-=")
    __imul__ = _iop("*=")
    __itruediv__ = _iop("/=")
    __ifloordiv__ = _iop("//=")
    __imod__ = _iop("%=")
    __ipow__ = _iop("**=")
    __imatmul__ = _iop("@=")
    __iand__ = _iop("&=")
    __ior__ = _iop("|=")
    __ixor__ = _iop("^=")
    __ilshift__ = _iop("<<=")
    __irshift__ = _iop(">>=")


x = Log()
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 7
x @= 8
x &= 9
x |= 10
x ^= 11
x <<= 12
x >>= 13
print(x.ops)
