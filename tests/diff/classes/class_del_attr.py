class A:
    x = 1


a = A()
a.x = 2
print(a.x)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(hasattr(a, "x"), hasattr(A, "x"))
try:
    del A.x
except AttributeError as e:
    print("AttributeError:", e)
a.y = 5
print(vars(a))
del a.y
print(vars(a))
