# Generators: a pipeline of generator functions (filter, map, window,
# running state) and `yield from` delegation, consumed by for-loops.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x


def running(it):
    total = 0
    for a, b in it:
        total += b - a
        yield total


def chunks(n, size):
    for start in range(0, n, size):
        yield from numbers(size)


def main():
    total = 0
    for _ in range(4):
        for t in running(pairs(scaled(evens(numbers(300000)), 3))):
            total += t % 7
    for x in chunks(400000, 100):
        total += x
    print("gen_pipeline checksum:", total)


main()
