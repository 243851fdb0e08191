from collections.abc import Sequence, MutableSequence
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(6)
print(list(s), 16 in s, 3 in s, list(reversed(s)), s.index(9), s.count(4), len(s), s[-1])
try:
    s.index(7)
except ValueError:
    print('ValueError')
class Vec(MutableSequence):
    def __init__(self):
        self._d = []
    def __len__(self):
        return len(self._d)
    def __getitem__(self, i):
        return self._d[i]
    def __setitem__(self, i, v):
        self._d[i] = v
    def __delitem__(self, i):
        del self._d[i]
    def insert(self, i, v):
        self._d.insert(i, v)
v = Vec()
v.append(1); v.extend([2, 3, 4]); v += [5]
print(list(v), v.pop(), v.pop(0), list(v))
v.reverse(); print(list(v))
v.remove(3); print(list(v))
v.clear(); print(list(v), isinstance(v, Sequence))
