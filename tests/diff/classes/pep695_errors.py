# PEP 695 error paths at run time.
import typing


class Box[T]:
    pass


for args in ((int, str), ()):
    try:
        Box[args]
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Twice[T](typing.Generic[T]):
        pass
except TypeError as e:
    print(type(e).__name__, e)

type Alias = int
try:
    Alias[int]
except TypeError as e:
    print(type(e).__name__, e)


def f[T](x: T) -> T:
    return x


try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


# an exception in a base-class expression of a generic class propagates
def bad_base():
    raise ValueError("no base")


try:
    class C[T](bad_base()):
        pass
except ValueError as e:
    print(type(e).__name__, e)

# an exception in a default of a generic function propagates before any parameter exists
try:
    def g[T](x=1 / 0):
        pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# a decorator that fails
def bad_deco(fn):
    raise RuntimeError("deco " + fn.__name__ + " " + str(fn.__type_params__))


try:
    @bad_deco
    def h[T, U]():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
