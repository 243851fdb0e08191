class A:
    def __hash__(self):
        return 7


class B(A):
    def __eq__(self, o):
        return False


class C(A):
    pass


class D(B):
    __hash__ = A.__hash__


print(hash(A()), hash(C()), hash(D()))
print(B.__hash__ is None)
try:
    hash(B())
except TypeError as e:
    print("TypeError:", e)


class E:
    __hash__ = None


try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)


class F:
    def __hash__(self):
        return "nope"


hash(F())
