from collections import ChainMap
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
c = ChainMap({}, {'x': 1})
t(lambda: c['nope'])
t(lambda: c.__delitem__('x'))
t(lambda: c.pop('x'))
t(lambda: c.popitem())
t(lambda: ChainMap({'a': 1}).popitem())
c2 = ChainMap({'a': 1}, {'b': 2})
print(c2 | {'c': 3}, {'c': 3} | c2)
c2 |= {'d': 4}; print(c2)
c2.clear(); print(c2)
print(ChainMap.fromkeys('ab', 0))
class Missing(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key
print(Missing({})['k'])
