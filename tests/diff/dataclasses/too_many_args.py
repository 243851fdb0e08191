from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
for args in [(1, 2, 3), (1, 2, 3, 4)]:
    try:
        Point(*args)
    except TypeError as e:
        print(e)
@dataclass
class One:
    a: int
try:
    One(1, 2)
except TypeError as e:
    print(e)
@dataclass
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
print(Empty(), Empty() == Empty())
