from collections import namedtuple
A = namedtuple('A', 'x y z', defaults=(1, 2))
print(A(0), A(0, 9), A(0, 9, 8), A(x=5), A(5, z=0))
print(A._field_defaults, A.__new__.__defaults__)
B = namedtuple('B', 'x y', defaults=[None, 0])
print(B(), B._field_defaults)
C = namedtuple('C', 'x def _y x 1', rename=True)
print(C._fields, C(1, 2, 3, 4, 5))
D = namedtuple('D', [])
print(D(), D._fields, len(D()))
E = namedtuple('E', 'only')
print(E(1), E.__doc__, E._make([4]))
F = namedtuple('F', 'a b', module='mymod')
print(F.__module__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: A())
t(lambda: A(1, 2, 3, 4))
