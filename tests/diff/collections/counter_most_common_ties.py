from collections import Counter
c = Counter('zyxwvzyxz')
print(c.most_common(), c.most_common(1), c.most_common(2), c.most_common(3))
d = Counter({'b': 2, 'a': 2, 'c': 2, 'd': 1})
print(d.most_common(2), d.most_common(), list(d))
print(Counter([3, 1, 2, 1, 3, 2]).most_common())
