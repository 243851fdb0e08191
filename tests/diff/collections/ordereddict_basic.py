from collections import OrderedDict
d = OrderedDict()
d['b'] = 1; d['a'] = 2; d['c'] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d.move_to_end('b'); print(d)
d.move_to_end('c', last=False); print(d)
d.move_to_end('a', False); print(d)
print(d.popitem(), d)
print(d.popitem(last=False), d)
print(OrderedDict(), OrderedDict(x=1), OrderedDict([('k', 'v'), ('a', 1)]))
print(list(reversed(OrderedDict.fromkeys('abc'))), OrderedDict.fromkeys('xy', 0))
e = OrderedDict(a=1); e.update(b=2); e.setdefault('c', 3); print(e, e.pop('a'), e)
print(isinstance(e, dict), type(e).__name__, type(e.copy()).__name__)
