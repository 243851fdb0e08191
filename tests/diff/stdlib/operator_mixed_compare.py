import operator as op
vals = [1, 1.0, True, 2, 2.5, 10 ** 20, -1]
print([[op.lt(a, b) for b in vals] for a in vals][:3])
print(op.eq(1, 1.0), op.eq(True, 1), op.ne('a', 'a'), op.eq([1, 2], [1, 2]), op.lt((1, 2), (1, 3)), op.ge({1}, set()))
print(op.gt('b', 'a'), op.le([1], [1, 0]), op.eq(None, None), op.ne(None, 0))
op.gt({}, {})
