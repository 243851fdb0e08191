import math
for name, x in [('exp', 1000.0), ('expm1', 1000.0), ('cosh', 1000.0), ('sinh', -1000.0), ('exp2', 2000.0),
                ('gamma', 200.0), ('lgamma', 1e308)]:
    try:
        print(name, getattr(math, name)(x))
    except OverflowError as e:
        print(name, 'OverflowError', e)
print(math.exp(-1000.0), math.exp(math.inf), math.exp(-math.inf), math.exp2(10), math.cbrt(27), math.cbrt(-8))
math.exp(710)
