import math
for x in [1, 2, 10, 100, 0.5, 1e-10, 2**100, 10**50, 7.5]:
    print(x, math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.log(2, 0.5), math.log(1000, 10), math.log(True))
