from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class C:
    a: int
    b: str = 'hello'
    c: float = 1.5
    d: tuple = (1, 2)
print(C(1), C(1, 'x'), C(1, c=2.0), C.b, C.d)
print(C.__init__.__qualname__ if hasattr(C.__init__, '__qualname__') else '')
