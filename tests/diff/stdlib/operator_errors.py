import operator as op
for f in [lambda: op.add(1), lambda: op.neg(), lambda: op.concat(1, 2), lambda: op.concat([1], (2,)),
          lambda: op.indexOf([1, 2], 3), lambda: op.index(1.5), lambda: op.call(), lambda: op.abs('a'),
          lambda: op.neg('a'), lambda: op.add(1, 'a'), lambda: op.contains(1, 2), lambda: op.setitem(1, 2, 3),
          lambda: op.itemgetter(), lambda: op.itemgetter(1)([1, 2], 3), lambda: op.matmul(1, 2),
          lambda: op.truediv(1, 0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
op.attrgetter()
