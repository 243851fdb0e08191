from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, dict(d), len(d))
print(d.default_factory, repr(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
s = defaultdict(set)
s['x'].add(1); s['x'].add(1); print(s)
n = defaultdict(lambda: 'none'); print(n['q'], dict(n), n.default_factory())
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(list, [('k', [1])]))
print(isinstance(d, dict), type(d).__name__, 'zz' in d, d.get('zz'), 'zz' in d)
