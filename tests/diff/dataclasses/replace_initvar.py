from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class C:
    x: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.x = self.x * factor
c = C(2, 3)
print(c)
try:
    replace(c, x=4)
except ValueError as e:
    print(e)
print(replace(c, x=4, factor=10))
