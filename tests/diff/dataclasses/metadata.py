from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class A:
    x: int = field(default=0, metadata={'a': 1, 'b': 2})
    y: int = 0
f0, f1 = fields(A)
print(dict(f0.metadata), len(f1.metadata), f0.metadata['a'], type(f0.metadata).__name__)
try:
    f0.metadata['c'] = 3
except TypeError as e:
    print(type(e).__name__)
