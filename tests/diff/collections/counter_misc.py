from collections import Counter
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Counter.fromkeys('ab'))
c = Counter('hello world')
d = c.copy(); d['l'] = 0; print(c['l'], d['l'], type(d).__name__)
print(c.most_common(3))
print(Counter({'b': 1, 'a': 1, 'c': 1}).most_common())
print(Counter(map(len, 'a bb cc ddd e'.split())))
print(dict(Counter('aab')), list(Counter('bba').keys()), list(Counter('bba').values()))
class MyC(Counter):
    pass
m = MyC('xyx'); print(m, m.copy(), type(m + m).__name__)
print(Counter({'k': 1.5, 'j': 2}))
t(lambda: Counter(1))
print(Counter('zzz').get('z'), Counter().get('q', 'default'), 'z' in Counter('z'))
print(Counter(a=2).pop('a'), Counter(a=1).setdefault('b', 3))
