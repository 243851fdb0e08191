from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class P:
    x: int
p = P(1)
print(p)
p.x = 2
