from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class A:
    x: int
    y: int = field(compare=False)
    z: int = field(default=0, hash=False)
print(A(1, 2) == A(1, 3), A(1, 2, 3) == A(1, 2, 4))
print(hash(A(1, 2, 3)) == hash((1, 3)), hash(A(1, 2, 3)) == hash((1,)))
@dataclass(frozen=True)
class B:
    x: int
    y: int = field(compare=False, hash=True)
print(hash(B(1, 2)) == hash((1, 2)))
