class A:
    __slots__ = ["a"]


x = A()
x.a = 1
try:
    x.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(x.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del x.b
except AttributeError as e:
    print("AttributeError:", e)
y = A()
print(y.a)
