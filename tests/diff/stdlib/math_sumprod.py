import math
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod([1.5, 2.5], [2, 4]))
print(math.sumprod([0.1] * 10, [1.0] * 10), math.sumprod([1e20, 1.0, -1e20], [1.0, 1.0, 1.0]))
print(math.sumprod([10**20, 3], [10**20, 2]))
math.sumprod([1, 2], [1])
