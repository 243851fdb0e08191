from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
    y: str = 'a'
    z: list = field(default_factory=list)
print(A.__doc__)
@dataclass
class B:
    'Custom doc.'
    x: int
print(B.__doc__)
@dataclass
class K:
    a: float
    _: KW_ONLY
    b: bool = True
print(K.__doc__)
