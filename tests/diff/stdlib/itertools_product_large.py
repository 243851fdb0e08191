import itertools as it
p = list(it.product('ab', repeat=4))
print(len(p), p[:3], p[-1])
print(len(list(it.product(range(3), range(3), range(3), repeat=2))))
print(list(it.product((1, 2), ['x'])), list(it.product(range(2), range(0))), list(it.product(repeat=3)))
print(sum([a * b for a, b in it.product(range(50), repeat=2)]))
