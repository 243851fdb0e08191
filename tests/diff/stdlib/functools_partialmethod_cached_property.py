import functools
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, s):
        self.state = s
    alive = functools.partialmethod(set_state, True)
    dead = functools.partialmethod(set_state, False)
c = Cell()
c.alive()
print(c.state)
c.dead()
print(c.state)
class Data:
    calls = 0
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def total(self):
        Data.calls += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, "total" in d.__dict__)
del d.total
print(d.total, Data.calls)
d.total = 100
print(d.total, isinstance(Data.total, functools.cached_property))
