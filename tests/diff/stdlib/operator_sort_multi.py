import operator as op
people = [('bob', 25, 'NY'), ('alice', 30, 'LA'), ('carol', 25, 'SF'), ('dave', 30, 'NY')]
print(sorted(people, key=op.itemgetter(1, 0)))
print(sorted(people, key=op.itemgetter(2)), min(people, key=op.itemgetter(1)), max(people, key=op.itemgetter(1)))
print(list(map(op.itemgetter(0), people)), [op.itemgetter(-1)(p) for p in people])
d = {'x': 1, 'y': 2}
print(op.itemgetter('y', 'x')(d), sorted(d.items(), key=op.itemgetter(1), reverse=True))
