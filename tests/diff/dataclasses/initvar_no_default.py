from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class C:
    x: int
    db: InitVar[dict]
    y: int = 0
    def __post_init__(self, db):
        self.y = db.get(self.x, -1)
print(C(1, {1: 10}), C(2, {}, 5))
try:
    C(1)
except TypeError as e:
    print(e)
