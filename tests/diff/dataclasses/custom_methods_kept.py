from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
    def __repr__(self):
        return f'A<{self.x}>'
    def __eq__(self, other):
        return True
    def __init__(self, x, extra=0):
        self.x = x + extra
a = A(1, 2)
print(a, a == 5, A.__hash__)
@dataclass(init=False, repr=False, eq=False)
class B:
    x: int = 0
b = B()
print(b.x, repr(b).startswith('<'), b == B())
