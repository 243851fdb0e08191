import random
r = random.Random(33)
print([r.randrange(2 ** 64) for _ in range(4)])
print([r.randrange(-(10 ** 30), 10 ** 30, 10 ** 25) for _ in range(3)], r.randint(2 ** 100, 2 ** 100 + 5))
print([r.randrange(3, 1000, 3) for _ in range(10)], [r.randrange(0, -10, -1) for _ in range(10)])
print([r.randrange(2 ** 32 + 1) for _ in range(5)], [r.randrange(2 ** 31) for _ in range(5)])
