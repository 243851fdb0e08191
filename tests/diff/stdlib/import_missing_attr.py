import math
print(math.pi)
math.nosuch
