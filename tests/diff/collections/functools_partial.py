from functools import partial
def f(a, b=2, *c, d=4, **k):
    return (a, b, c, d, k)
p = partial(f, 1, d=5)
print(p(), p(3), p(3, 4, 5, d=0, z=1), p.func is f, p.args, p.keywords)
q = partial(p, 2, d=6, e=7)
print(q(), q.func is f, q.args, q.keywords)
r = repr(p)
print(r.startswith('functools.partial(<function f at '), r.endswith('>, 1, d=5)'))
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
print(partial(int, base=2)('1010'), list(map(partial(pow, 2), range(5))))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(f)(d=1))
class P2(partial):
    pass
s = P2(f, 9)
print(s(), type(s).__name__, repr(P2(len)).startswith('__main__.P2(') or repr(P2(len)))
n = partial(P2(f, 1), 2); print(n.func is f, n.args)
print(type(partial(f)).__name__, callable(p))
p.attr = 3; print(p.attr)
