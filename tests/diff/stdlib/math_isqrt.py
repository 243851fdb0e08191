import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**10, 2**52, 2**53 + 1, 2**63 - 1, 10**30, 10**100, 2**200 - 1, True]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
try:
    math.isqrt(-1)
except ValueError as e:
    print(e)
math.isqrt(2.0)
