import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 24), math.gcd(0, 0), math.gcd(0, 5))
print(math.gcd(2**100, 2**80 * 3), math.gcd(10**30, 10**20 + 5), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 7))
print(math.lcm(2**70, 3**40))
math.gcd(1.5, 3)
