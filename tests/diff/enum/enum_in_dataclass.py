from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from dataclasses import dataclass, asdict
class Kind(Enum):
    A = 'a'
    B = 'b'
@dataclass
class Item:
    kind: Kind
    n: int = 0
i = Item(Kind.B, 2)
print(i, asdict(i), i == Item(Kind.B, 2))
