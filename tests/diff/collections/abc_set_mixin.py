from collections.abc import Set, MutableSet
class LS(Set):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return 'LS(%r)' % self._items
a = LS([1, 2, 3]); b = LS([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a <= LS([1, 2, 3, 4]), a < a, a == LS([3, 2, 1]))
print(a.isdisjoint([5]), a.isdisjoint([1]), a & [2, 9], isinstance(a, Set), isinstance(a, MutableSet))
class MS(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)
m = MS([1, 2])
m.add(5); m |= [7, 8]; print(sorted(m))
m -= [1]; print(sorted(m))
m.remove(2); print(sorted(m))
try:
    m.remove(99)
except KeyError as e:
    print('KeyError', e)
print(m.pop(), sorted(m))
m.clear(); print(len(m))
