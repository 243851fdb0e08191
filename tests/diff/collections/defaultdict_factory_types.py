from collections import defaultdict
d = defaultdict(dict); d['a']['b'] = 1; print(d)
t = defaultdict(tuple); print(t['k'], t)
s = defaultdict(str); s['x'] += 'abc'; print(s)
f = defaultdict(float); f['p'] += 0.5; print(f)
class Factory:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
fac = Factory()
g = defaultdict(fac)
print(g['a'], g['b'], g['a'], fac.n)
print(defaultdict(int, {'z': 1}).default_factory is int)
