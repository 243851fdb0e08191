def f(n):
    return (i * n for i in range(3))
print(list(f(5)))

def g():
    k = 2
    gen = (x ** k for x in range(4))
    k = 3
    return list(gen)
print(g())

def h():
    fs = list((lambda: i) for i in range(3))
    return [fn() for fn in fs]
print(h())

def outer():
    base = 100
    def inner():
        return list(base + j for j in range(2))
    return inner()
print(outer())
