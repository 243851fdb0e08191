import random
r = random.Random(31)
print([r.gammavariate(0.3, 1.0) for _ in range(5)])
print([r.gammavariate(1.0, 3.0) for _ in range(3)], [r.gammavariate(50, 0.1) for _ in range(3)])
print([r.betavariate(0.5, 2) for _ in range(4)], [r.betavariate(5, 1) for _ in range(3)])
print([r.expovariate(0.25) for _ in range(4)], [r.lognormvariate(1, 0.1) for _ in range(2)])
