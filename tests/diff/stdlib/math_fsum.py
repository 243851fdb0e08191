import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([0.5, 0.25]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 1.0]), math.fsum([-0.0, -0.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.isnan(math.fsum([math.nan, 1.0])))
print(math.fsum([x / 7 for x in [1, 2, 3]]), math.fsum([1/7, 2/7, 3/7, 1/3, 2/3]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(e)
math.fsum([1, 'a'])
