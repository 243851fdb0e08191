class A:
    pass


class B:
    pass


class C(A):
    pass


u = A | B
print(isinstance(C(), u), isinstance(B(), u), isinstance(5, u))
print(issubclass(C, A | int), issubclass(str, A | int))
print(isinstance(None, A | None), isinstance(A(), int | str | A))
print(repr(A | B).replace("__main__.", ""))
print(type(A | B).__name__, (A | B) == (B | A), (A | A) is A)
print(isinstance(1, (A | B, int)))
