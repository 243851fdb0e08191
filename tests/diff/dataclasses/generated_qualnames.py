from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(order=True, frozen=True)
class A:
    x: int
for n in ('__init__', '__repr__', '__eq__', '__lt__', '__ge__', '__hash__', '__setattr__', '__delattr__'):
    print(n, getattr(A, n).__qualname__)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1), Outer.Inner.__init__.__qualname__)
try:
    Outer.Inner()
except TypeError as e:
    print(e)
