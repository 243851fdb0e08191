from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
import dataclasses
@dataclasses.dataclass
class A:
    x: int
@dataclasses.dataclass()
class B:
    x: int
@dataclass(repr=False)
class C:
    x: int
deco = dataclass(order=True)
class D:
    x: int
D = deco(D)
E = dataclass(type('E', (), {'__annotations__': {'q': int}}))
print(A(1), B(2), repr(C(3)).startswith('<'), D(1) < D(2), E(4).q)
