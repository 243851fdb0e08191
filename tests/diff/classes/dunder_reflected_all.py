class L:
    def _rop(op):
        def f(self, other):
            return f"{other!r} {op} L"

        return f

    __radd__ = _rop("+")
    __rsub__ = _rop("-")
    __rmul__ = _rop("*")
    __rtruediv__ = _rop("/")
    __rfloordiv__ = _rop("//")
    __rmod__ = _rop("%")
    __rpow__ = _rop("**")
    __rmatmul__ = _rop("@")
    __rand__ = _rop("&")
    __ror__ = _rop("|")
    __rxor__ = _rop("^")
    __rlshift__ = _rop("<<")
    __rrshift__ = _rop(">>")
    __rdivmod__ = _rop("divmod")


x = L()
print(1 + x, 2 - x, 3 * x, 4 / x)
print(5 // x, 6 % x, 7**x, "s" @ x)
print(8 & x, 9 | x, 10 ^ x, 11 << x, 12 >> x)
print(divmod(13, x), pow(2.5, x))
print([1] * x, "ab" + x, (1,) % x)
x + 1
