from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
counter = [0]
def make():
    counter[0] += 1
    return counter[0]
@dataclass
class C:
    items: list = field(default_factory=list)
    n: int = field(default_factory=make)
    d: dict = field(default_factory=dict)
a = C()
b = C()
a.items.append(1)
print(a, b, a.items is b.items)
print(C([5], 10), counter)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
