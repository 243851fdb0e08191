from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
try:
    @dataclass
    class C:
        x: int
        y = field(default=1)
except TypeError as e:
    print(e)
@dataclass
class D:
    x: int
    y = 5
print(D(1), D.y, [f.name for f in fields(D)])
