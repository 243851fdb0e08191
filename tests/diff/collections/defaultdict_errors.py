from collections import defaultdict
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: defaultdict(1))
t(lambda: defaultdict('x'))
d = defaultdict(None)
t(lambda: d['missing'])
e = defaultdict(int, a=1)
e.default_factory = None
t(lambda: e['b'])
e.default_factory = list
print(e['b'], e)
def boom():
    raise ValueError('no default')
f = defaultdict(boom)
t(lambda: f['x'])
print(dict(f), len(f))
