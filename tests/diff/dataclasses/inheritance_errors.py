from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Base:
    x: int = 0
try:
    @dataclass
    class Child(Base):
        y: int
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class NF(FB):
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class F2(Base):
        b: int = 1
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FC(FB):
    b: int = 2
print(FC(1))
