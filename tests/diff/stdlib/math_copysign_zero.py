import math
print(math.copysign(0.0, -1), math.copysign(-0.0, 1), math.copysign(5, -0.0), math.copysign(math.inf, -2))
print(math.fabs(-0.0), math.sqrt(-0.0), math.atan2(-0.0, 1), math.atan2(0.0, -1), math.floor(-0.0), math.ceil(-0.5))
