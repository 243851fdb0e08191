from collections import UserDict, UserList
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, d['a'], 'b' in d, len(d), d.get('z', 0), sorted(d.keys()), d.data)
print(d.pop('a'), d, dict(d), d.copy(), type(d.copy()).__name__)
d.update(X=9); print(d | {'q': 0})
class L(UserList):
    pass
l = L([3, 1, 2])
l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, len(l), l + [9], [9] + l)
l.extend(L([7])); l.insert(0, -1); print(l, l.pop(), l.index(2), l.count(2))
l.reverse(); print(l, l == [3, 2, 1, 0, -1], l < [4], 2 in l)
l *= 2; print(l)
try:
    UserDict()['missing']
except KeyError as e:
    print('KeyError', e)
