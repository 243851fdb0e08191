from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class F:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
f = F(4)
print(f, f.b)
try:
    f.b = 1
except FrozenInstanceError as e:
    print(e)
