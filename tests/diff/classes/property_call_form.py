class A:
    def __init__(self):
        self._v = 0

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v * 2

    def del_v(self):
        print("deleted")

    v = property(get_v, set_v, del_v, "The v property")
    ro = property(lambda self: "read only")


a = A()
a.v = 21
print(a.v, a.ro)
del a.v
print(A.v.__doc__)
print(A.v.fget is A.get_v, A.v.fset is A.set_v, A.ro.fset)
p = A.v
print(p.__get__(a, A), p.__get__(None, A) is p)
p.__set__(a, 5)
print(a.v)
