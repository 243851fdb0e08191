import math
for x in [0.0, 0.5, 1.0, -2.0, 10.0, 0.001]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [1.0, 1.5, 10.0, 1e10]:
    print(math.acosh(x))
for x in [-0.99, 0.0, 0.5, 0.9]:
    print(math.atanh(x))
