import math
print(math.trunc(3.9), math.trunc(-3.9))
math.trunc('abc')
