import operator as op
d = {'a': 1}
op.setitem(d, 'b', 2)
print(d, op.getitem(d, 'a'))
op.delitem(d, 'a')
print(d)
l = [1, 2, 3, 4, 5]
op.setitem(l, slice(1, 3), ['x'])
print(l, op.getitem(l, slice(None, None, -1)))
op.delitem(l, 0)
print(l)
op.getitem(l, 10)
