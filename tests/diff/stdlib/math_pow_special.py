import math
print(math.pow(0.0, 0.0), math.pow(-0.0, 3), math.pow(-0.0, -2) if False else 1, math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(2, -1074), math.pow(2, -1080), math.pow(-1, math.inf), math.pow(-1, -math.inf), math.pow(0.5, -math.inf))
print(math.pow(-2.0, 2), math.pow(-2.0, -3), math.pow(1.0000001, 1e7))
math.pow(0.0, -1.0)
