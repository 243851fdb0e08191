import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(-1))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add('a', 'b'), op.mul([1], 3), op.concat([1], [2]), op.concat('x', 'y'), op.index(7))
print(op.__add__(1, 1), op.__mul__(2, 3), op.__neg__(4), op.__not__(0))
