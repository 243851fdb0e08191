from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
try:
    @dataclass(slots=True)
    class S:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(e)
try:
    @dataclass(weakref_slot=True)
    class W:
        x: int
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Base:
    a: int
@dataclass(slots=True)
class Child(Base):
    b: int = 0
print(Child(1, 2), Child.__slots__)
