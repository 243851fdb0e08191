import math
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([1.5, 2]))
print(math.prod([2, 3], start=10), math.prod([], start=5), math.prod([[1], 3] if False else [3, 4]))
print(math.prod(['ab', 3], start=1) if False else math.prod([3, 'ab']))
print(math.prod(range(1, 30)))
math.prod([1, 2], 3)
