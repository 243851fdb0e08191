from collections.abc import Mapping, MutableMapping
class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen({'a': 1, 'b': 2})
print(f['a'], f.get('z'), f.get('z', 0), 'a' in f, 'q' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()))
print(f == {'a': 1, 'b': 2}, f == Frozen({'a': 1}), f != {'a': 1, 'b': 2})
print(isinstance(f, Mapping), isinstance(f, MutableMapping), dict(f))
print(f.keys() == {'a', 'b'}, ('a', 1) in f.items(), 2 in f.values(), f.keys() & {'a'})
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s.update({'x': 1}, y=2); s.update([('z', 3)])
print(dict(s), s.setdefault('x', 9), s.setdefault('w', 4), s.pop('w'), s.pop('nope', 'd'))
print(s.popitem(), dict(s))
s.clear(); print(dict(s), len(s))
try:
    s.pop('gone')
except KeyError as e:
    print('KeyError', e)
