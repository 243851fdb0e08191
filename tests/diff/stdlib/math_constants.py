import math
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(type(math.pi).__name__, math.isinf(math.inf), -math.inf < 0)
print(math.cos(math.pi), math.sin(math.pi / 2), math.tan(math.pi / 4), math.exp(1) == math.e)
