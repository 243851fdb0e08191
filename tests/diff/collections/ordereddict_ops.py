from collections import OrderedDict
d = OrderedDict.fromkeys('abcde')
d.move_to_end('b'); d.move_to_end('e', last=False)
print(''.join(d), list(reversed(d)), next(iter(d)))
del d['c']; d['c'] = 1; print(''.join(d))
print(d.pop('a'), ''.join(d), d.get('zz', 'no'))
o = OrderedDict(sorted({'b': 2, 'a': 1, 'c': 3}.items()))
print(o, list(o.items()), o.keys(), o.values())
while o:
    print(o.popitem(last=False))
print(OrderedDict([(1, 'x')]) == OrderedDict([(1, 'x')]), OrderedDict(a=1) == OrderedDict(a=2))
