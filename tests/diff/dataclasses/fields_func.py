from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int
    y: str = 'q'
    z: list = field(default_factory=list, metadata={'unit': 'm'})
for f in fields(A):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only)
print(fields(A)[2].metadata['unit'], len(fields(A(1))), type(fields(A)))
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    fields(int)
except TypeError as e:
    print(e)
