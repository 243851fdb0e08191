from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class P:
    x: int
    y: int
@dataclass
class Line:
    a: P
    b: P
    tags: list
    meta: dict
l = Line(P(0, 1), P(2, 3), ['t', P(4, 5)], {'k': P(6, 7), 'n': [1, 2]})
d = asdict(l)
print(d)
print(d['tags'] is l.tags, type(d['a']))
try:
    asdict(P)
except TypeError as e:
    print(e)
try:
    asdict(3)
except TypeError as e:
    print(e)
