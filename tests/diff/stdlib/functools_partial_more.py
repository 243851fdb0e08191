import functools
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = functools.partial(f, 1)
print(p(2), p(2, 5, d=6), p.func is f, p.args, p.keywords)
q = functools.partial(p, 2, d=9)
print(q(), q.args, q.keywords, q.func is f)
r = functools.partial(f, d=0)
print(r(1, 2, d=7), r.keywords)
print(functools.partial(int, base=2)("1010"), functools.partial(max, key=len)("a", "abc", "ab"))
for thunk in [lambda: functools.partial(), lambda: functools.partial(5), lambda: p(), lambda: functools.partial(f, 1, 2, 3, 4)()]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(functools.partial(f, 1, d=2)).endswith(", 1, d=2)"), repr(p).startswith("functools.partial(<function f at "))
p2 = functools.partial(f)
p2.attr = "x"
print(p2.attr, callable(p2))
