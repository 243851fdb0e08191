class A:
    pass


a = A()
print(callable(a))
try:
    a()
except TypeError as e:
    print("TypeError:", e)


class B:
    __call__ = None


try:
    B()()
except TypeError as e:
    print("TypeError:", e)
a.__call__ = lambda: "instance attr is not used"
print(callable(a))
a()
