class K:
    a = 1
    b = [a for _ in range(3)]
    c = [i for i in range(a)]
    d = [lambda: i for i in range(2)]
    e = [super for _ in [1]]
    def m(self):
        return [__class__ for _ in [1]]
def f():
    x = 1
    return [[x + y for y in range(2)] for _ in range(2)]
def g():
    return [(lambda: j) for j in range(2)], [k for k in range(2) if (w := k)], w
def h(p):
    return [p for p in range(p)]
def i():
    q = [r for r in range(3)]
    r = 2
    return q, r
def j():
    def inner():
        return [z for z in range(3)] + [t for t in zs]
    zs = []
    return inner
def k():
    global G
    return [G := n for n in range(2)]
def l():
    s = 1
    def m():
        return [s for _ in range(2)]
    return m
def nested_gen():
    return ((a, b) for a in range(2) for b in range(a))
x = [y for y in range(3)]
y = {v: [w for w in range(v)] for v in range(3)}
def sup():
    return [super() for _ in range(2)]
