from collections import namedtuple
R = namedtuple('R', 'a b c')
r = R(1, [2], 'c')
print(r.a, r.b, r.c, getattr(r, 'b'), r[-1], r[0:2], r.b is r[1])
r.b.append(3); print(r)
print(R.a, R.b.__doc__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def set_a():
    r.a = 5
def del_a():
    del r.a
def new_attr():
    r.z = 1
t(set_a)
t(del_a)
t(new_attr)
t(lambda: r.zz)
print(R._make(range(3)), R(*'xyz'), dict(zip(R._fields, r)))
