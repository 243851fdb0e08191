import operator as op
print(op.length_hint([1, 2]), op.length_hint(5), op.length_hint(5, 7), op.length_hint(iter([1, 2, 3])))
print(op.length_hint(range(10)), op.length_hint({1: 2}), op.length_hint(iter(range(4))))
print(op.call(len, [1, 2]), op.call(max, 3, 9, key=lambda x: -x), op.call(sorted, [3, 1], reverse=True))
print(list(map(op.add, [1, 2], [10, 20])), list(map(op.neg, range(3))))
op.length_hint(1, 'a')
