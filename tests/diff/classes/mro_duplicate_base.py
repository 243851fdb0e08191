class A:
    pass


try:
    class B(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    T = type("T", (A, A), {})
except TypeError as e:
    print("TypeError:", e)


class C(int):
    pass


class D(str):
    pass


try:
    class E(C, D):
        pass
except TypeError as e:
    print("TypeError:", e)


class F(A, A, A):
    pass
