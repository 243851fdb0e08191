import random
r = random.Random(21)
print([r.vonmisesvariate(0, 4) for _ in range(5)], [r.vonmisesvariate(3.14, 0.5) for _ in range(3)])
print(r.vonmisesvariate(1, 0), [r.vonmisesvariate(-2, 100) for _ in range(2)])
