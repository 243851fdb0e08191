from collections import Counter
c = Counter(a=3)
c.subtract(a=5, b=1)
print(c, +c, -c, c.total())
print(list(c.elements()), c.most_common(1))
c['z'] = 0
print(c, +c, c + Counter(), c - Counter())
d = Counter({'a': 2.5, 'b': -0.5})
print(d + d, d.total())
