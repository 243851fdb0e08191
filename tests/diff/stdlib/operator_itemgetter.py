import operator as op
g = op.itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}))
g2 = op.itemgetter(0, 2)
print(g2([10, 20, 30]), g2('abc'))
print(repr(g), repr(g2), repr(op.itemgetter('k', -1)))
rows = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(rows, key=op.itemgetter(0)), sorted(rows, key=op.itemgetter(1), reverse=True))
print(list(map(op.itemgetter(slice(1, None)), ['abc', 'de'])))
print(type(g).__name__, type(g))
g([1])
