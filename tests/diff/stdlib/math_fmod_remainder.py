import math
pairs = [(10, 3), (-10, 3), (10, -3), (5.5, 2), (-5.5, 2), (1, math.inf), (0, 1), (7.0, 0.5), (1e300, 1e-300)]
for x, y in pairs:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x, y in [(1, 0), (math.inf, 1)]:
    for f in (math.fmod, math.remainder):
        try:
            f(x, y)
        except ValueError as e:
            print(f.__name__, e)
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
math.fmod(1.0, 0.0)
