from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__)
p.x = 4
print(p, p == P(4, 0))
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(3)
try:
    f.a = 1
except FrozenInstanceError as e:
    print(e)
print(f, hash(f) == hash((3,)))
