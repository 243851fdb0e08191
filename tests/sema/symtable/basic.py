import os.path
import a.b as c
from m import x as y, z
x = 1
def f(a, /, b, *args, c=1, **kw):
    global x
    x = a + b
    del b
    return args, kw, c
def g():
    y = 1
    def h():
        nonlocal y
        y += 1
        return y
    return h
print(f(1, 2), g()())
