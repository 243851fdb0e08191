def f(*args):
    return args
print(f(), f(1), f(*[]), f(*(), *[1], 2))
def g(**kw):
    return kw
print(g(), g(a=1), g(**{}), g(**{"b": 2}, c=3))
def h(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(h(1), h(1, 2, 3, 4), h(1, c=4, z=5), h(*range(5), **{"c": 0}))
def pos_only(a, b=5, /):
    return a * b
print(pos_only(2), pos_only(2, 3))
try:
    pos_only(a=1)
except TypeError as e:
    print(e)
def kw_name_collision(a, **kw):
    return a, kw
print(kw_name_collision(1, **{"b": 2}))
try:
    kw_name_collision(1, **{"a": 2})
except TypeError as e:
    print(e)
