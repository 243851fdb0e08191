class A:
    def __len__(self):
        return 1

    def __repr__(self):
        return "A-repr"


a = A()
a.__len__ = lambda: 100
a.__repr__ = lambda: "instance repr"
a.__add__ = lambda other: "instance add"
print(len(a), repr(a), a.__len__(), a.__repr__())
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
a.__call__ = lambda: "never"
try:
    a()
except TypeError as e:
    print("TypeError:", e)
a.__iter__ = lambda: iter([1])
try:
    iter(a)
except TypeError as e:
    print("TypeError:", e)
a.__bool__ = lambda: False
print(bool(a))
