class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return NotImplemented


try:
    A() + B()
except TypeError as e:
    print("TypeError:", e)
try:
    A() * 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 - A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() ** B()
except TypeError as e:
    print("TypeError:", e)
A() @ B()
