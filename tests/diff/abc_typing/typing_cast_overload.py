from typing import TYPE_CHECKING, cast, overload, get_overloads, final

if TYPE_CHECKING:
    print("never")
print(TYPE_CHECKING)
x = cast(int, "not an int")
print(x, cast("List[int]", [1]))


@overload
def f(a: int) -> int: ...


@overload
def f(a: str) -> str: ...


def f(a):
    return a * 2


print(f(2), f("ab"), len(get_overloads(f)))


@overload
def g(a: int) -> int: ...


try:
    g(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Leaf:
    pass


print(Leaf.__final__)
