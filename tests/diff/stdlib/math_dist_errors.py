import math
print(math.dist([1], (2,)), math.dist((1,), [2]), math.dist(iter([1]), (2,)))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
math.dist(1, 2)
