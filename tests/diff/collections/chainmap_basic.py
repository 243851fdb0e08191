from collections import ChainMap
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = ChainMap(a, b)
print(c, c['x'], c['y'], c['z'], len(c), sorted(c), list(c))
print('z' in c, 'w' in c, c.get('w'), c.get('z'), bool(c), bool(ChainMap()))
c['w'] = 5; print(a, b)
del c['w']; print(a)
print(c.maps, c.parents, c.new_child(), c.new_child({'q': 1}), c.new_child(k=2))
d = c.new_child(); d['x'] = 100; print(d['x'], c['x'], d)
print(dict(c), list(c.items()), list(c.values()))
print(ChainMap(), ChainMap({}))
print(c.copy(), type(c.copy()).__name__)
print(c.pop('x'), a, c.pop('nope', 'dflt'))
