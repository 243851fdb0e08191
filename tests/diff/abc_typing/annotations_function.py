from typing import List, Optional


def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: bool) -> List[int]:
    return [a]


print(f.__annotations__)


def g(x, y):
    pass


print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
print((lambda q: q).__annotations__)
