import random
r = random.Random(5)
print(r.randbytes(0), r.randbytes(1), r.randbytes(5), r.randbytes(8), len(r.randbytes(33)))
print([r.binomialvariate(10, 0.5) for _ in range(5)], [r.binomialvariate(1, 0.3) for _ in range(5)])
print([r.binomialvariate(100, 0.05) for _ in range(5)], [r.binomialvariate(1000, 0.4) for _ in range(5)])
print(r.binomialvariate(10, 0.0), r.binomialvariate(10, 1.0), [r.binomialvariate(20, 0.9) for _ in range(3)])
