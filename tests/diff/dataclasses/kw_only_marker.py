from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
print(K(1, b=2), K(a=1, b=2, c=3))
try:
    K(1, 2)
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)
print(K.__match_args__, [f.kw_only for f in fields(K)])
