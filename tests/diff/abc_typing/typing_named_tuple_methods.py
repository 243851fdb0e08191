from typing import NamedTuple, List


class Card(NamedTuple):
    rank: str
    suit: str
    tags: List[str] = []

    def __str__(self):
        return self.rank + self.suit

    @property
    def code(self):
        return (self.rank + self.suit).lower()


c = Card("A", "S")
print(str(c), repr(c), c.code, c.tags, Card.__doc__ is None or True)
hand = sorted([Card("K", "H"), Card("2", "C"), Card("A", "S")])
print([str(h) for h in hand])
print(Card._make(["Q", "D", ["x"]]), c._asdict())
print(c[:2], c.count("A"), c.index("S"), Card.rank.__doc__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
