from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class P:
    x: int
    y: int
@dataclass
class R:
    a: P
    b: list
print(astuple(P(1, 2)), astuple(R(P(1, 2), [P(3, 4), (5, P(6, 7))])))
try:
    astuple(P)
except TypeError as e:
    print(e)
