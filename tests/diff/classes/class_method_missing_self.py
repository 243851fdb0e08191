class A:
    def m(self, x):
        return x * 2


a = A()
print(a.m(4))
try:
    A.m(5)
except TypeError as e:
    print("TypeError:", e)
try:
    a.m()
except TypeError as e:
    print("TypeError:", e)
try:
    a.m(1, 2)
except TypeError as e:
    print("TypeError:", e)


class B:
    def noself():
        return "ok"


print(B.noself())
B().noself()
