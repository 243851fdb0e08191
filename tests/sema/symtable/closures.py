def outer(a):
    b = 1
    def mid():
        c = a
        def inner():
            return a, b, c, d
        return inner
    d = 2
    return mid
def shadow():
    x = 1
    def f(x):
        return x
    def g():
        return x
    return f, g
lam = lambda p, q=1, *r, s, **t: p + q + len(r) + s + len(t)
def lam_closure(n):
    return lambda: n
def implicit_global():
    return undefined_name, len
