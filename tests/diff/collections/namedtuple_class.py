from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(y=0), Vec._make((5, 6)))
print(v._asdict())
Card = namedtuple('Card', 'rank suit')
cards = [Card(r, s) for s in 'SH' for r in (3, 1, 2)]
print(sorted(cards))
print(sorted(cards, key=lambda c: c.rank)[0])
print({Card(1, 'S'): 'ace'}[Card(1, 'S')])
match Card(1, 'S'):
    case Card(rank=1, suit=s):
        print('ace of', s)
match Card(2, 'H'):
    case Card(r, s):
        print('positional', r, s)
print(Card.__match_args__)
