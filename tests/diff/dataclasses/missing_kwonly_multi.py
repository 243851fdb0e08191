from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(kw_only=True)
class K:
    a: int
    b: int
    c: int
try:
    K()
except TypeError as e:
    print(e)
try:
    K(b=1)
except TypeError as e:
    print(e)
try:
    K(1, a=1, b=2, c=3)
except TypeError as e:
    print(e)
