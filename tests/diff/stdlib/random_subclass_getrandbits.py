# A subclass overriding getrandbits(): randrange/choice/shuffle draw from it.
import random
class Counter(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def getrandbits(self, k):
        self.n += 1
        return (self.n * 2654435761) % (1 << k)
c = Counter()
print([c.randrange(10) for _ in range(8)], c.n)
print(c.choice("abcdefgh"), c.randint(1, 1000), c.n)
z = list(range(8))
c.shuffle(z)
print(z, c.sample(range(100), 5))
print(c.random() == random.Random(0).random())
