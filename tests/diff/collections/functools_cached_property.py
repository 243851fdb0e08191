from functools import cached_property
class C:
    def __init__(self, v):
        self.v = v
    @cached_property
    def sq(self):
        "square"
        print('computing')
        return self.v * self.v
c = C(4)
print(c.sq, c.sq, c.__dict__)
c.sq = 1; print(c.sq)
del c.sq; print(c.sq)
print(type(C.__dict__['sq']).__name__, C.sq.__doc__, C.sq.attrname)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
    @cached_property
    def p(self):
        return 1
t(lambda: S().p)
cp = cached_property(lambda self: 5)
class T:
    pass
T.x = cp
t(lambda: T().x)
