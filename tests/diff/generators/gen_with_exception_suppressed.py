class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            print("suppressing", t.__name__)
        return True
def g():
    with Suppress():
        yield 1
        raise ValueError("x")
    yield "after with"
print(list(g()))
it = g()
next(it)
print(it.throw(KeyError("k")))
