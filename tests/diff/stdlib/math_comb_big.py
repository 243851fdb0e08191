import math
print(math.comb(1000, 500) % (10 ** 9 + 7), len(str(math.comb(1000, 500))))
print(math.comb(10 ** 20, 3), math.perm(10 ** 20, 2), math.comb(2 ** 64, 2))
print(math.perm(30, 15), math.comb(30, 15), sum([math.comb(20, k) for k in range(21)]) == 2 ** 20)
try:
    math.factorial(10 ** 20)
except OverflowError as e:
    print(e)
math.comb(10 ** 30, 10 ** 25)
