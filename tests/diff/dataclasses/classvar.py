from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
from typing import ClassVar
@dataclass
class C:
    x: int
    count: ClassVar[int] = 0
    names: 'ClassVar[list]' = []
    def __post_init__(self):
        C.count += 1
a = C(1)
b = C(2)
print(a, C.count, [f.name for f in fields(C)], C.names)
try:
    C(1, 2)
except TypeError as e:
    print(e)
