def outer():
    def inner(a, b=1, *args, c, d=2, **kw):
        "inner doc"
        return a
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
g = lambda: 0
print(g.__name__, g.__qualname__, g.__defaults__, g.__doc__)
def plain():
    pass
print(plain.__qualname__, plain.__defaults__, plain.__kwdefaults__)
print(callable(f), type(f).__name__, repr(len), type(len).__name__)
print(str(plain).startswith("<function plain at 0x"))
