import math
vals = [0.0, 0.1, 0.5, 1.0, -1.0, 2.0, math.pi / 3, math.pi, 100.0, -0.0]
for x in vals:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
