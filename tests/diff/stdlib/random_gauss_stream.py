import random
r = random.Random(44)
print([r.gauss(0, 1) for _ in range(11)])
print([r.normalvariate(100, 15) for _ in range(5)])
r.seed(44)
print(r.gauss(), r.gauss())
r.seed(44)
print(r.gauss(), r.random(), r.gauss())
