import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
print(op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = op.iconcat([1], (2, 3))
print(s)
t = 'ab'
print(op.iadd(t, 'c'), t)
op.iconcat(1, [2])
