import math
print(math.sqrt(True), math.exp(False), math.sin(1), math.log(10**300), math.sqrt(10**300))
print(math.floor(-(10**40)) == -(10**40), math.ceil(10**40 + 1))
print(math.fabs(-(2**60)), math.hypot(2**60, 2**60))
