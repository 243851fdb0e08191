class A:
    def __init__(self, x):
        self.x = x


print(A(1).x)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
try:
    A(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
A(1, 2)
