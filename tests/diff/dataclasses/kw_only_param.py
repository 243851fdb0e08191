from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
    c: int = field(kw_only=False, default=0)
print(K(a=3), K(5, a=3))
try:
    K(1, 2)
except TypeError as e:
    print(e)
try:
    K()
except TypeError as e:
    print(e)
@dataclass
class KK:
    x: int = field(kw_only=True)
    y: int = 0
    z: int = field(kw_only=True, default=3)
print(KK(1, x=2), KK.__match_args__)
try:
    KK(1, 2, x=3)
except TypeError as e:
    print(e)
