from collections import namedtuple
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
P = namedtuple('P', 'x y')
Q = namedtuple('Q', 'a b c')
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P(1, z=2))
t(lambda: P(1, x=2))
t(lambda: P())
t(lambda: Q())
t(lambda: Q(1, 2, 3, 4, 5))
t(lambda: Q(1))
t(lambda: P(1, 2, y=3))
t(lambda: P._make([1]))
t(lambda: P(1, 2)._replace(z=1))
t(lambda: P(1, 2)._replace(z=1, w=2))
t(lambda: namedtuple('1a', 'x'))
t(lambda: namedtuple('A', 'x def'))
t(lambda: namedtuple('A', 'x _y'))
t(lambda: namedtuple('A', 'x x'))
t(lambda: namedtuple('A', 'x y', defaults=(1, 2, 3)))
t(lambda: namedtuple('class', 'x'))
t(lambda: namedtuple('A', ['x', 'a-b']))
t(lambda: P(1, 2).x.foo)
def setattr_test():
    p = P(1, 2)
    p.x = 5
t(setattr_test)
