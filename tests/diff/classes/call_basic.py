class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10))
print(add5(0, flag=True, other=2))
print(list(map(Adder(100), [1, 2])))
print(callable(add5), callable(Adder), callable(5), callable(len))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c(), c(), c()
print(c.calls)
