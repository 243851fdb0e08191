class A:
    def __len__(self):
        return 3

    def __add__(self, o):
        return "added"

    def __repr__(self):
        return "A()"

    def __call__(self):
        return "called"


a = A()
print(len(a), a + 1, repr(a), a())
del A.__len__
del A.__add__
del A.__call__
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
del A.__repr__
print(repr(a).startswith("<__main__.A object at "))
a()
