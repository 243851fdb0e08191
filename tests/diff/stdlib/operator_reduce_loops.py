import operator as op
acc = 0
for x in range(1, 11):
    acc = op.add(acc, x)
print(acc)
acc = 1
for x in range(1, 11):
    acc = op.mul(acc, x)
print(acc)
print([op.pow(2, k) for k in range(10)], [op.mod(k, 3) for k in range(7)], [op.floordiv(-k, 2) for k in range(5)])
print(list(map(op.eq, [1, 2, 3], [1, 0, 3])), list(map(op.contains, ['abc', 'xyz'], ['b', 'b'])))
