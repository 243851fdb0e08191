import math, random
r = random.Random(17)
vals = [r.uniform(-1e10, 1e10) * 10 ** r.randint(-20, 20) for _ in range(500)]
print(math.fsum(vals), math.fsum(sorted(vals)), math.fsum(reversed(vals)))
print(math.fsum([r.random() for _ in range(1000)]))
print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
