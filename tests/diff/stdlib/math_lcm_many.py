import math
print(math.lcm(*range(1, 21)), math.lcm(*range(1, 41)), math.gcd(*[2 ** 10 * k for k in range(1, 50)]))
print(math.lcm(6, 10, 15), math.lcm(2 ** 62, 3), math.gcd(2 ** 62, 2 ** 40 * 6), math.lcm(-2, -3))
math.lcm(1, 2.5)
