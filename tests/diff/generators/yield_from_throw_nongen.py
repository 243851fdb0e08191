class Thrower:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
    def throw(self, exc):
        print("Thrower.throw got", repr(exc))
        return "from throw"

def outer():
    yield from Thrower()

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

def outer2():
    try:
        yield from iter([1, 2, 3])
    except KeyError:
        yield "caught in outer"
g = outer2()
next(g)
print(g.throw(KeyError))
