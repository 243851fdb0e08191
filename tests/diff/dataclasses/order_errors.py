from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class P:
    x: int
try:
    P(1) < P(2)
except TypeError as e:
    print(e)
try:
    P(1) >= P(2)
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Q:
        x: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class R:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
