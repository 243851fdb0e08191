from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    y: int = 9
c = Child(1)
print(c, Child(1, 2, 3), [f.name for f in fields(Child)])
print(isinstance(c, Base), c == Base(1, 9), Child.__match_args__)
class Plain(Base):
    extra = 1
print(Plain(3), Plain.__dataclass_fields__ is Base.__dataclass_fields__)
