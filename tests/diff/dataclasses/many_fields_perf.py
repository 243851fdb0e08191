from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(order=True)
class Rec:
    a: int
    b: int
    c: str = 'x'
    d: float = 0.0
recs = [Rec(i % 7, i % 3, str(i % 5)) for i in range(2000)]
recs.sort()
print(recs[0], recs[-1], sum([r.a for r in recs]))
print(len(set([astuple(r) for r in recs])), asdict(recs[5]))
