import math
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(-3, 7), math.lcm(2 ** 64, 3))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.factorial(0), math.factorial(25))
for thunk in [lambda: math.gcd(1.5), lambda: math.lcm("a"), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.factorial(-3),
              lambda: math.factorial(2.0), lambda: math.factorial(True)]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
