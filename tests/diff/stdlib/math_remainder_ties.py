import math
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 4.5, 7.0, 6.0]:
    print(x, math.remainder(x, 1.0), math.remainder(x, 2.0), math.fmod(x, 2.0))
print(math.remainder(-0.0, 1), math.fmod(-0.0, 1), math.remainder(1e308, 3e-308) >= 0 or True)
