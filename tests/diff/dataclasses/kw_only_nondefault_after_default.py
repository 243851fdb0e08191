from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class K:
    a: int = 0
    b: int = field(kw_only=True)
print(K(b=1), K(5, b=2))
try:
    @dataclass
    class D:
        x: int
        _: KW_ONLY
        y: int
        __: KW_ONLY
        z: int
except TypeError as e:
    print(e)
try:
    K(1, 2, b=3)
except TypeError as e:
    print(e)
try:
    K()
except TypeError as e:
    print(e)
