from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
@dataclass
class B(A):
    pass
print(A(1) == B(1), B(1) == A(1), A(1) == A(1), A(1).__eq__(3), A(1).__eq__(B(1)))
class Sub(A):
    pass
print(A(1) == Sub(1), Sub(1) == Sub(1))
