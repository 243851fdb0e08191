def g(a, b=2, *args, c, d=4, **kw):
    yield a
    yield b
    yield args
    yield c
    yield d
    yield sorted(kw.items())

print(list(g(1, c=3)))
print(list(g(1, 5, 6, 7, c=8, d=9, e=10, f=11)))
try:
    g()
except TypeError as e:
    print(e)
def h(*, k):
    yield k
print(list(h(k="kw")))
