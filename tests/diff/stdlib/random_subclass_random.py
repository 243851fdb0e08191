# Subclassing random.Random and overriding random(): every derived method uses it.
import random
class Fixed(random.Random):
    def random(self):
        return 0.25
t = Fixed(1)
print(t.random(), t.randint(1, 10), t.choice("abcdef"), t.uniform(0, 4), t.randrange(100), t.randrange(5, 50, 5))
print(t.choices("abc", k=3), t.sample(range(10), 3), t.triangular(), t.expovariate(2), t.gauss(), t.normalvariate(1, 2))
x = list(range(6))
t.shuffle(x)
print(x, isinstance(t, random.Random), type(t).__name__)
class Lcg(random.Random):
    def __init__(self, seed=1):
        self.state = seed
        super().__init__(seed)
    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state / 2 ** 31
g = Lcg(7)
print([g.randint(1, 6) for _ in range(10)])
print([round(g.uniform(-1, 1), 6) for _ in range(4)], g.choice([10, 20, 30]), g.sample("abcdefg", 4))
y = list("molt")
g.shuffle(y)
print(y, round(g.betavariate(2, 3), 9), round(g.gammavariate(2, 1), 9))
