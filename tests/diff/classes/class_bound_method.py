class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n


c = Counter(5)
m = c.inc
print(m())
print(m(10))
print(m.__self__ is c)
print(m.__func__ is Counter.inc)
print(m.__name__, m.__qualname__)
print(c.inc == c.inc)
print(c.inc is c.inc)
d = Counter(0)
print(c.inc == d.inc)
fs = [c.inc, d.inc]
for f in fs:
    print(f(2))
print(c.n, d.n)
