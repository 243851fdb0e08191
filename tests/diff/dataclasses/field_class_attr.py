from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int = field(default=3)
    y: list = field(default_factory=list)
    z: int = 4
print(A.x, A.z, hasattr(A, 'y'), A())
a = A()
a.x = 10
print(a, A.x)
