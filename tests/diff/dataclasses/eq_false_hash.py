from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(eq=False)
class A:
    x: int
a = A(1)
print(a == A(1), a == a, hash(a) == hash(a), A.__hash__ is object.__hash__)
@dataclass
class B:
    x: int
print(B.__hash__)
try:
    hash(B(1))
except TypeError as e:
    print(e)
