import math
for x in [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 5.0, 10.0, 20.0, 0.1, -0.5, -1.5, 30.5, 170.5]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf))
math.gamma(-2)
