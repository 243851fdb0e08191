def make():
    funcs = []
    def gen():
        for i in range(3):
            funcs.append(lambda i=i: i * 2)
            yield i
    return gen, funcs

g, fs = make()
print(list(g()))
print([f() for f in fs])

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while True:
        yield inc()

c = counter()
print(next(c), next(c), next(c))

def outer(x):
    def gen():
        nonlocal x
        while x > 0:
            yield x
            x -= 1
    return gen
print(list(outer(4)()))
