class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


print(list(Fib(100)))
print([x for x in Fib(20) if x % 2 == 0])
print(list(enumerate(Fib(5))))
print(list(zip(Fib(10), Fib(3))))
print(list(map(str, Fib(8))))
print(list(filter(None, Fib(3))))
print(sorted(Fib(10), reverse=True))
print(" ".join([str(x) for x in [1, 2]]))
print(any([x > 5 for x in [1, 9]]), all(Fib(0)))
