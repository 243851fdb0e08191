def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0), f(*[7, 8]), f(**{"a": 1, "c": 4}))
def g(a, *args, **kwargs):
    return a, args, kwargs
print(g(1), g(1, 2, 3), g(1, x=2), g(*range(4), **{"k": "v"}))
def h(a, /, b, *, c, d=4):
    return a + b + c + d
print(h(1, 2, c=3), h(1, b=2, c=3, d=10))
def defaults_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_once(1), defaults_once(2), defaults_once(3, []))
print(f.__name__, f.__defaults__, h.__kwdefaults__, g.__qualname__)
