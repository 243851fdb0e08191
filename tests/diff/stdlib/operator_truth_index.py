import operator as op
for v in [0, 1, -1, 0.0, '', 'a', [], [0], None, (), {}, {0: 0}, range(0), range(1)]:
    print(repr(v), op.truth(v), op.not_(v))
print(op.index(True), op.index(10 ** 30), op.index(-7))
op.index('5')
