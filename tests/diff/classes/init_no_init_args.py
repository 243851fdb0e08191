class A:
    pass


a = A()
print(type(a).__name__)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
try:
    A(k=1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
A(1, 2, 3)
