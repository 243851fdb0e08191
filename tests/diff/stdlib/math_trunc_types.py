import math
for x in [True, False, 0, -5, 10 ** 25, -(10 ** 25), 2.999, -2.999, 1e16, 123456789.987]:
    print(repr(x), math.trunc(x), math.floor(x), math.ceil(x))
print(type(math.trunc(True)).__name__, type(math.floor(True)).__name__)
