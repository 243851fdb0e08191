import math
for n in [10 ** 308, 10 ** 309, 10 ** 1000, 2 ** 1023, 2 ** 1024, 2 ** 5000, 3 ** 2000, 7 ** 999 + 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 7))
print(math.log10(10 ** 5000), math.log2(2 ** 100000))
