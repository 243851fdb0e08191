from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
q = replace(p, y=5)
print(p, q, replace(p), replace(p) == p, replace(p) is p)
try:
    replace(p, z=1)
except TypeError as e:
    print(e)
try:
    replace(P, x=1)
except TypeError as e:
    print(e)
@dataclass
class F:
    a: int
    b: int = field(init=False, default=3)
try:
    replace(F(1), b=2)
except ValueError as e:
    print(e)
print(replace(F(1), a=9))
