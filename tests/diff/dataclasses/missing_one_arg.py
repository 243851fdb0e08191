from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Point:
    x: int
    y: int
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
@dataclass
class P3:
    a: int
    b: int
    c: int
try:
    P3()
except TypeError as e:
    print(e)
Point(1)
