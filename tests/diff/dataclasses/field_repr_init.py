from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
    secret: str = field(repr=False, default='s')
    computed: int = field(init=False, default=7)
    lazy: list = field(init=False, default_factory=list)
a = A(1)
print(a, a.secret, a.computed, a.lazy)
try:
    A(1, 's', 3)
except TypeError as e:
    print(e)
@dataclass
class B:
    x: int = field(init=False)
b = B()
try:
    print(b.x)
except AttributeError as e:
    print(type(e).__name__)
print(b)
