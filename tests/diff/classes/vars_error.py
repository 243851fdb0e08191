class A:
    __slots__ = ("x",)


class B:
    pass


b = B()
b.k = 1
print(vars(b))
print(sorted(vars(B).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
vars(A())
