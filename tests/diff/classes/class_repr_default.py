class A:
    pass


class B(A):
    pass


a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(a) == r)
print(repr(A), str(B))
print(repr(type(a)))
print(repr(object), repr(type))
print(type(A), type(type))
print(str(B()).startswith("<__main__.B object at "))
