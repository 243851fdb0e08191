from typing import ClassVar


class C:
    a: int
    b: str = "b"
    c: ClassVar[int] = 3
    d: "list[int]"


print(C.__annotations__)
print(C.b, C.c, hasattr(C, "a"))


class D(C):
    e: float


print(D.__annotations__)


class E:
    pass


print(E.__dict__.get("__annotations__"))
