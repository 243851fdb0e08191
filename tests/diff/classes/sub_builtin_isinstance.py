class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


for obj in (I(1), L(), D(), S("s"), True):
    print(type(obj).__name__, isinstance(obj, int), isinstance(obj, list),
          isinstance(obj, dict), isinstance(obj, str), type(obj) in (int, list, dict, str))
print(issubclass(I, int), issubclass(bool, int), issubclass(I, object))
print(I.__mro__ == (I, int, object), [k.__name__ for k in L.__mro__])
print(type(I(5) + I(5)) is int, type(S("a") * 2) is str, type(L([1]) * 2) is list)
