from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'y-axis {y}'
        case Point(x, 0):
            return f'x-axis {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point(x, y):
            return f'at {x},{y}'
for p in [Point(0, 0), Point(0, 3), Point(2, 0), Point(4, 4), Point(1, 2)]:
    print(where(p))
@dataclass(match_args=False)
class Q:
    a: int
print(hasattr(Q, '__match_args__'))
