# Closures, nonlocal, global, decorators, default values, lambdas.
counter = 0


def make_counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


def bump():
    global counter
    counter += 1
    return counter


def deco(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            print("call", tag, fn.__name__, args, sorted(kwargs.items()))
            return fn(*args, **kwargs)

        return inner

    return wrap


@deco("A")
@deco("B")
def add(a, b=10, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale


def defaults_at_def_time():
    out = []
    for i in range(3):
        out.append(lambda i=i: i * i)
    return [f() for f in out]


def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    return middle()


def posonly(a, b, /, c, *, d):
    return a, b, c, d


c = make_counter()
print(c(), c(), c(5))
print(bump(), bump(), counter)
print(add(1))
print(add(1, 2, 3, 4, scale=2, z=9))
print(defaults_at_def_time(), late_binding(), outer())
print(posonly(1, 2, c=3, d=4), posonly(1, 2, 3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
args = (1, 2)
kw = {"c": 3, "d": 4}
print(posonly(*args, **kw))
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, 2, x=3))
print(add.__name__, make_counter.__name__, c.__qualname__)


def doc():
    "The docstring."
    return doc.__doc__


print(doc())
x = 5
print([x for x in range(3)], x)
print({k: v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)})
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([y := 10, y ** 2], y)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c2 = (1, 2), 3
print(a, b, c2)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
d = {"k": [1, 2, 3]}
d["k"][1] += 100
d["n"] = d.get("n", 0) + 1
print(d)
del d["k"][0], d["n"]
print(d)
print(f"{x!r:>5}|{3.14159:.2f}|{'s'!a}|{x=}|{'nested ' + f'{x}'}")
print(1 if x else 2, x and 0 or "alt", not x, x > 3 > 1, 1 < x < 3)
