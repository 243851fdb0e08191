def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError)
g.throw(RuntimeError("x"))
g.throw(IndexError(1, 2))
try:
    g.throw(5)
except TypeError as e:
    print(e)
try:
    g.throw()
except TypeError as e:
    print(e)
