import math
print(math.ldexp(1.5, True), math.ldexp(-1, 3), math.ldexp(0, 5000), math.ldexp(math.inf, -5))
for e in [2000, 10 ** 20]:
    try:
        math.ldexp(1.0, e)
    except OverflowError as ex:
        print('OverflowError', ex)
print(math.ldexp(1.0, -(10 ** 20)), math.ldexp(-1.0, -5000))
math.ldexp(1.0, 'a')
