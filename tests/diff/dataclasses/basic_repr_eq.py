from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, repr(p), str(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), Point(1, 2) is Point(1, 2))
print(p.x, p.y)
p.x = 10
print(p)
