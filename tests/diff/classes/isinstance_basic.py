class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(isinstance(A, type), isinstance(B, object), issubclass(type, object))
print(isinstance(5, int), isinstance(True, int), isinstance(None, type(None)))
print(isinstance(B, A), issubclass(type(b), A))
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
issubclass(B, "A")
