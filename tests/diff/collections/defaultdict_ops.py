from collections import defaultdict
a = defaultdict(list, x=[1])
b = a.copy()
b['x'].append(2); b['y']
print(a, b, type(b).__name__, b.default_factory)
print(a.__copy__())
c = a | {'z': [3]}
print(c, type(c).__name__)
d = {'w': 0} | a
print(d, type(d).__name__)
a |= {'q': [9]}
print(a)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], len(t), len(t['a']))
class DD(defaultdict):
    pass
print(DD(int, k=1))
dd = defaultdict(list); dd.setdefault('k', []).append(1); print(dd.pop('k'), dd)
