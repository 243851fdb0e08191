from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: int
        b: list = field(default_factory=list)
        c: str
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Ok:
    x: int = 1
    y: int = field(default=0, init=False)
    z: int = 5
print(Ok())
