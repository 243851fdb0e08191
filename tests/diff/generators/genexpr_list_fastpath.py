# Generator expressions over lists (iterated by index inside the generator)
# and the builtins consuming them: mutation while iterating, list subclasses
# with their own __iter__, exceptions from inside, early exits.


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter(list.__iter__(self))


def main():
    data = [1, 2, 3]
    g = (x * 10 for x in data)
    data.append(4)  # seen: the list is read at each step
    print(list(g))

    data = [1, 2, 3, 4, 5]
    g = (x for x in data)
    print(next(g), next(g))
    del data[:]
    print(list(g), list(g))

    data = [1, 2, 3]
    out = []
    g = (x for x in data)
    for x in g:
        out.append(x)
        if x < 3:
            data.append(x + 10)
    print(out)

    print(sum(x for x in MyList([1, 2, 3])))
    print(max((x for x in MyList([5, 9, 2])), default=None))

    # the first iterable is evaluated (and iter() called) at creation
    try:
        g = (x for x in 42)
    except TypeError as e:
        print(type(e).__name__, e)
    lst = [3, 1, 2]
    g = (x for x in lst)
    lst = None
    print(sorted(g))

    # exceptions raised inside reach the consumer
    def boom(x):
        if x == 3:
            raise ValueError("boom at %d" % x)
        return x

    for f in (sum, max, min, any, all, list):
        try:
            print(f(boom(x) for x in [1, 2, 3, 4]))
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)

    # StopIteration inside a generator expression becomes RuntimeError
    def stop(x):
        raise StopIteration(x)

    try:
        sum(stop(x) for x in [1])
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

    # any/all stop early and leave the generator suspended
    seen = []
    g = (seen.append(x) or x for x in [0, 0, 5, 0, 7])
    print(any(g), seen, next(g), seen)
    g = (x for x in [1, 2, 0, 3])
    print(all(g), list(g))

    # nested loops: the inner list is re-read per outer item
    inner = [1, 2]
    g = (a * b for a in [1, 10, 100] for b in inner)
    print(next(g), next(g))
    inner.append(3)
    print(list(g))
    print(sum(a * b for a in range(3) for b in [1, 2, 3] if a != b))
    print(list((a, b) for a in [1, 2] if a > 1 for b in (a, a * 2)))

    # min/max over mixed numbers, bools, big ints, key, default
    print(max(x for x in [1, 2.5, 2]), min(x for x in [3, 2.0, 2]))
    print(max(x for x in [True, 0, False]), min(x for x in [1, True]))
    print(max(x for x in [2**70, 5, -2**80]), min(x for x in [2**70, 5, -2**80]))
    nan = float("nan")
    print(max(x for x in [nan, 1.0, 2.0]), max(x for x in [1.0, nan, 2.0]))
    print(min((x for x in [-3, 2, -7]), key=abs), max((x for x in []), default="empty"))
    try:
        max(x for x in [])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        min(x for x in [1, "a"])
    except TypeError as e:
        print(type(e).__name__, e)
    print(sum((x for x in [1.5, 2, 3]), 10), sum(x for x in [2**62, 2**62, -1]))
    print("".join(s for s in ["a", "b", "c"] if s != "b"))


main()
