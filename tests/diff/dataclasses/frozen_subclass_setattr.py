from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class F:
    x: int
class Sub(F):
    pass
s = Sub(1)
s.other = 2
print(s.other, s)
try:
    s.x = 3
except FrozenInstanceError as e:
    print(e)
f = F(1)
try:
    f.other = 2
except FrozenInstanceError as e:
    print(e)
