import math
print(math.prod([2, 3.5]), math.prod([True, True]), math.prod(range(1, 21)), math.prod([1 + 2j, 2]))
print(math.prod([[1, 2]], start=[0] ) if False else math.prod([3], start=[0]), math.prod('a' * 0, start='x'))
print(math.prod([10 ** 20, 10 ** 20, 10 ** 20]), math.prod([0.5] * 10))
math.prod([1, 2], start=1, extra=2)
