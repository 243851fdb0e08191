from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
vs = [V(2, 1), V(1, 5), V(2, 0), V(1, 0)]
print(sorted(vs))
print(V(1) < V(2), V(1, 1) <= V(1, 1), V(3) > V(2, 9), V(1) >= V(1, 1))
print(max(vs), min(vs))
try:
    V(1) < 3
except TypeError as e:
    print(e)
