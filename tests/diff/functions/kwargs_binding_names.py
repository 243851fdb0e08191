# Keyword arguments matched to parameters: names from the call site, names
# built at run time (not interned), str subclasses as keys, keyword-only
# defaults, positional-only parameters passed by keyword, and closures.


def f(a, b=2, *, scale=1, shift=0):
    return (a + b) * scale + shift


def g(x, /, y, *args, z=5, **kw):
    return (x, y, args, z, sorted(kw.items()))


print(f(1), f(1, 3), f(1, b=4), f(a=2, b=5, scale=3), f(1, shift=7, scale=2))
name = "".join(["sc", "ale"])  # built at run time: not the interned constant
print(f(1, **{name: 10}), f(**{"a": 1, "b": 1, "sh" + "ift": 100}))


class Key(str):
    pass


print(f(1, **{Key("scale"): 3}))
print(g(1, 2), g(1, 2, 3, 4, z=6, w=7, v=8), g(1, y=9, **{"x": 10}))
for call in [
    lambda: f(1, 2, 3),
    lambda: f(1, c=3),
    lambda: f(1, **{"sca" + "le": 2, "scale": 3}) if False else f(b=1),
    lambda: g(x=1, y=2),
    lambda: f(1, a=2),
    lambda: f(1, **{"s" * 3: 1}),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def make(step):
    count = 0

    def inc(by=1, *, times=1):
        nonlocal count
        count += step * by * times
        return count

    return inc


c = make(3)
print(c(), c(2), c(by=3), c(times=4), c(by=2, times=2), c(**{"ti" + "mes": 5}))
print(f(*[1], **dict(b=2, scale=3)), sum(f(i, b=i, scale=2) for i in range(1000)))
