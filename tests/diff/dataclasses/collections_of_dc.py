from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(frozen=True)
class Card:
    rank: int
    suit: str
deck = [Card(r, s) for s in 'SH' for r in (3, 1, 2)]
print(len(set(deck)), Card(1, 'S') in deck, deck.index(Card(2, 'H')))
d = {c: i for i, c in enumerate(deck)}
print(d[Card(3, 'H')])
print(sorted(deck, key=lambda c: (c.suit, c.rank))[:3])
