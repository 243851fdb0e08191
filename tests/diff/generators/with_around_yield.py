class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False

def gen():
    with CM("a") as c:
        yield c.name
        with CM("b"):
            yield "inner"
    yield "out"

print(list(gen()))
g = gen()
next(g)
next(g)
g.close()
print("---")
g = gen()
next(g)
try:
    g.throw(KeyError)
except KeyError:
    print("keyerror out")
