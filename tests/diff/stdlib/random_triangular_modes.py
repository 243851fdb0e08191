import random
r = random.Random(9)
print([r.triangular(0, 10, 0) for _ in range(3)], [r.triangular(0, 10, 10) for _ in range(3)])
print([r.triangular(10, 0) for _ in range(3)], [r.triangular(-1, 1, 0.5) for _ in range(3)], r.triangular(mode=0.2))
print(r.triangular(3, 3, 3), r.triangular(low=2, high=4))
