class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)

    def __set__(self, obj, v):
        print("set on instance", v)


class A:
    d = Desc()


class B(A):
    pass


print(A.d)
print(B.d)
print(A().d, B().d)
A.d = "replaced on class"
print(A.d, B.d, A().d)
print(type(B.__dict__.get("d")).__name__)
