from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
class B(A):
    pass
class C:
    pass
print(is_dataclass(A), is_dataclass(A(1)), is_dataclass(B), is_dataclass(B(2)), is_dataclass(C), is_dataclass(C()), is_dataclass(3), is_dataclass(None))
print(hasattr(A, '__dataclass_fields__'), list(A.__dataclass_fields__))
