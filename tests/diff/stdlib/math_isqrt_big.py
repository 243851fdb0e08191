import math
for e in [60, 61, 100, 127, 128, 255, 500, 1001]:
    n = 3 ** e + 12345
    r = math.isqrt(n)
    print(e, r % 1000003, r * r <= n < (r + 1) ** 2)
print(math.isqrt(10 ** 200) == 10 ** 100, math.isqrt(10 ** 200 - 1) == 10 ** 100 - 1)
