# random.SystemRandom: OS entropy behind the Random interface. Values are not
# reproducible, so the checks print ranges, types and errors only.
import random

r = random.SystemRandom()
print(type(r).__name__, type(r).__module__, isinstance(r, random.Random))
print(issubclass(random.SystemRandom, random.Random), random.SystemRandom.__mro__[1].__name__)
x = r.random()
print(type(x).__name__, 0.0 <= x < 1.0)
vals = [r.randrange(10) for _ in range(2000)]
print(min(vals), max(vals), len(set(vals)))
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(500)))
print(r.getrandbits(0), 0 <= r.getrandbits(1) <= 1, r.getrandbits(200) < 2 ** 200)
print(r.getrandbits(64).bit_length() <= 64)
b = r.randbytes(13)
print(type(b).__name__, len(b), r.randbytes(0))
print(r.choice("abc") in "abc")
deck = list(range(20))
r.shuffle(deck)
print(sorted(deck) == list(range(20)))
s = r.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
print(all(0.0 <= r.uniform(0, 1) <= 1.0 for _ in range(100)))
g = [r.gauss(0.0, 1.0) for _ in range(2000)]
print(abs(sum(g) / len(g)) < 0.2)
print(r.seed(123), r.seed())
print(len({r.random() for _ in range(50)}))
try:
    r.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    r.setstate(None)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.randrange(0)
except ValueError as e:
    print(type(e).__name__, e)
r2 = random.SystemRandom(42)
print(r2.random() != random.SystemRandom(42).random())


class Loaded(random.SystemRandom):
    def random(self):
        return 0.5


ld = Loaded()
print(ld.random(), ld.uniform(0, 10), 0 <= ld.randrange(1000) < 1000)
