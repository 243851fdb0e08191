from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))])
p = P(1, 2)
print(p, [f.name for f in fields(P)], P.__name__, p.z)
Q = make_dataclass('Q', [('a', int)], frozen=True, order=True,
                   namespace={'double': lambda self: self.a * 2})
print(Q(3).double(), Q(1) < Q(2), sorted([Q(3), Q(1)]))
try:
    Q(1).a = 2
except FrozenInstanceError as e:
    print(e)
R = make_dataclass('R', [('b', int)], bases=(P,))
print(R(1, 2, 3, 4))
