class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__])
for bases in ((A, B), (C, B, A), (B, D), (D, B, C)):
    try:
        X = type("X", bases, {})
        print("ok", [k.__name__ for k in X.__mro__])
    except TypeError as e:
        print("TypeError:", e)
for bases in ((int, str), (list, dict), (int, bool)):
    try:
        type("Y", bases, {})
    except TypeError as e:
        print("TypeError:", e)
