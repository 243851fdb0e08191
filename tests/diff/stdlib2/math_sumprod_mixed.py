import math
print(math.sumprod([85, 92, 83, 91], [0.20, 0.20, 0.30, 0.30]))
print(math.sumprod([0.1] * 10, [1] * 10), math.sumprod([True, 2], [0.1, 0.7]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([2**60, 1], [0.5, 3]))
print(math.sumprod([1e16, 1, -1e16], [1.0, 1, 1.0]))
