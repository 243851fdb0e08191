from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class C:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(C(3), C(3, 10), C(a=1, scale=5))
print([f.name for f in fields(C)], 'scale' in C.__dataclass_fields__)
print(repr(InitVar[int]), repr(InitVar[list]))
print(C.__match_args__)
