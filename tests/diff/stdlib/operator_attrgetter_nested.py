import operator as op
f = op.attrgetter('real', 'imag', 'conjugate')
r = f(3 + 4j)
print(r[0], r[1], r[2]())
g = op.attrgetter('__class__.__name__', '__class__.__mro__')
print(g(True))
print(sorted(['bb', 'a', 'ccc'], key=op.attrgetter('__len__')) if False else op.attrgetter('__len__')('abc')())
op.attrgetter('real.nope.x')(1)
