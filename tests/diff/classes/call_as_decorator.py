class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        print("call", self.count, "of", self.func.__name__)
        return self.func(*args, **kwargs)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4))
print(square.count)


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
