class R:
    def __init__(self, name):
        self.name = name

    def _op(op):
        def f(self, other):
            return f"({self.name} {op} {other!r})"

        return f

    __add__ = _op("+")
    __sub__ = _op("-")
    __mul__ = _op("*")
    __truediv__ = _op("/")
    __floordiv__ = _op("//")
    __mod__ = _op("%")
    __pow__ = _op("**")
    __matmul__ = _op("@")
    __and__ = _op("&")
    __or__ = _op("|")
    __xor__ = _op("^")
    __lshift__ = _op("<<")
    __rshift__ = _op(">>")
    __divmod__ = _op("divmod")


r = R("r")
print(r + 1, r - 2, r * 3, r / 4)
print(r // 5, r % 6, r**7, r @ 8)
print(r & 9, r | 10, r ^ 11, r << 12, r >> 13)
print(divmod(r, 14))
print(pow(r, 2))
