from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class P:
    x: int
    y: tuple
p = P(1, (2, 3))
print(asdict(p, dict_factory=list))
print(asdict(p, dict_factory=lambda items: {k.upper(): v for k, v in items}))
print(astuple(p, tuple_factory=list))
