import operator as op
print(op.attrgetter('real')(5), op.attrgetter('imag', 'real')(3 + 4j))
print(op.attrgetter('real.bit_length')(10)())
f = op.attrgetter('__class__.__name__')
print(f(1), f('s'), f([]))
print(repr(op.attrgetter('a', 'b.c')), repr(op.attrgetter('x')))
try:
    op.attrgetter(1)
except TypeError as e:
    print(e)
op.attrgetter('nope')(1)
