# Generators that read, write and delete closure cells, next to ones that
# do not: the frame keeps the function object only when it needs the cells.
def make(step):
    count = 0

    def gen(n):
        nonlocal count
        for i in range(n):
            count += step
            yield i * step
        del_me = count
        yield del_me

    def peek():
        return count

    return gen, peek


gen, peek = make(3)
print(list(gen(4)), peek())
g = gen(2)
del gen  # the generator keeps the function's cells alive
print(next(g), next(g), peek(), next(g), peek())


def outer():
    x = 10

    def inner():
        nonlocal x
        yield x
        del x
        try:
            yield x
        except NameError as e:
            yield str(e)

    return inner


print(list(outer()()))


class Base:
    def items(self):
        yield "base"


class Child(Base):
    def items(self):
        yield from super().items()  # __class__ cell inside a generator
        yield "child"


for _ in range(3):
    print(list(Child().items()))


def plain(a, b=2, *rest, k=1, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield sorted(kw.items())


print(list(plain(1)), list(plain(1, 3, 4, 5, k=9, z=0)))
