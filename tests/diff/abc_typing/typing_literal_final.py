from typing import ClassVar, Final, Literal

Mode = Literal["r", "w", "a"]
print(Mode, Mode.__args__, Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1])
print(Literal[True], Literal[None], Literal["x", 3, b"y"])
MAX: Final = 10
LIMIT: Final[int] = 20
print(MAX, LIMIT, Final[int], ClassVar[str])


class Cfg:
    count: ClassVar[int] = 0
    name: Final[str] = "cfg"


print(Cfg.count, Cfg.name, Cfg.__annotations__)
try:
    ClassVar[int, str]
except TypeError as e:
    print("TypeError:", type(e).__name__)
