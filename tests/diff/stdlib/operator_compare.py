import operator as op
for a, b in [(1, 2), (2, 2), (3, 2), ('a', 'b'), ([1], [1])]:
    print(op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
x = [1]
print(op.is_(x, x), op.is_(x, [1]), op.is_not(x, None), op.not_(0), op.not_([1]), op.truth(''), op.truth(3))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
op.lt(1, 'a')
