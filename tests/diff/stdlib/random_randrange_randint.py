import random
r = random.Random(5)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 10) for _ in range(10)], [r.randrange(0, 100, 7) for _ in range(8)])
print([r.randrange(10, 0, -3) for _ in range(8)], [r.randint(1, 6) for _ in range(15)])
print([r.randrange(2**70) for _ in range(3)], [r.randint(-10**20, 10**20) for _ in range(2)], r.randrange(1))
print([r.randint(0, 1) for _ in range(20)], r.randrange(-5, -1), r.randrange(True, 5))
