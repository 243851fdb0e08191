from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
print(Point(y=3, x=1), Point(x=2))
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    Point(1, x=3)
except TypeError as e:
    print(e)
try:
    Point(y=3)
except TypeError as e:
    print(e)
