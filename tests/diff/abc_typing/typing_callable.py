from typing import Callable

h = Callable[[int, str], bool]
print(h, h.__args__, h.__origin__)
print(Callable[[], int], Callable[..., None].__args__)
print(isinstance(len, Callable), isinstance(5, Callable), issubclass(type, Callable))
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


print(apply(lambda v: v * 3, 4))
