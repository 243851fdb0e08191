import math
for n in [0, 1, 2, 5, 10, 20, 21, 25, 50]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(100) % 1000003)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
math.factorial(5.0)
