import math
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (60, 30), (1000, 3)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(6, None))
for args in [(-1, 2), (5, -1)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, e)
math.comb(5, 2.0)
