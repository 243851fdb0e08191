class ReadOnly:
    def __get__(self, obj, t=None):
        return 42

    def __set__(self, obj, v):
        raise AttributeError("read-only attribute")


class OnlyDelete:
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")


class A:
    r = ReadOnly()
    od = OnlyDelete()


a = A()
print(a.r)
try:
    a.r = 1
except AttributeError as e:
    print("AttributeError:", e)
del a.od
print(type(a.od).__name__)
try:
    a.od = 3
except AttributeError as e:
    print("AttributeError:", e)
del a.r
