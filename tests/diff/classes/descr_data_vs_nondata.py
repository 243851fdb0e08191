class Data:
    def __get__(self, obj, t=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class NonData:
    def __get__(self, obj, t=None):
        return "non-data descriptor"


class A:
    d = Data()
    n = NonData()


a = A()
print(a.d, a.n)
a.__dict__["d"] = "instance d"
a.__dict__["n"] = "instance n"
print(a.d, a.n)
a.d = 5
a.n = 6
print(a.d, a.n, sorted(vars(a).items()))
del a.n
print(a.n)
