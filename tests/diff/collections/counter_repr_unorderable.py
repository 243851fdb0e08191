from collections import Counter
c = Counter({'a': 1, 'b': 'x'})
print(repr(c))
c2 = Counter({1: 3, 2: 3, 3: 5, 0: 1})
print(c2)
print(Counter({'x': 2.5, 'y': 2, 'z': 3}))
print(Counter({'neg': -1, 'zero': 0, 'pos': 1}))
