from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), Rect(1.5, 2))
@dataclass
class Checked:
    n: int
    def __post_init__(self):
        if self.n < 0:
            raise ValueError('n must be >= 0')
try:
    Checked(-1)
except ValueError as e:
    print(e)
print(Checked(3))
