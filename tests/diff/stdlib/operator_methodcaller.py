import operator as op
m = op.methodcaller('upper')
print(m('abc'), op.methodcaller('split', ',')('a,b,c'), op.methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(repr(m), repr(op.methodcaller('f', 1, 'x', k=2, z=None)))
print(sorted(['b', 'A', 'c'], key=op.methodcaller('lower')))
for bad in [lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: m()]:
    try:
        bad()
    except TypeError as e:
        print(e)
op.methodcaller('nomethod')(5)
