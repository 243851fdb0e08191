# Comprehension clauses iterate like for statements: builtin range(...) as a
# counter, exact lists by index, anything else through its iterator. These
# check that each source behaves as CPython's iterator would.
import sys


def show(label, value):
    print(label, value)


# range: small ints, negative and large steps, empty, big ints (fallback).
show("r1", [i for i in range(5)])
show("r2", [i for i in range(10, 0, -3)])
show("r3", [i for i in range(3, 3)])
show("r4", [i for i in range(2**62, 2**62 + 3)])
show("r5", [i for i in range(2**63 - 2, 2**63 + 1)])
show("r6", [i for i in range(-5, 5, 4)])
show("r7", {i % 3 for i in range(10)})
show("r8", {i: i * i for i in range(4)})
show("r9", [(i, j) for i in range(3) for j in range(i)])
show("r10", [i for i in range(sys.maxsize - 2, sys.maxsize)])

# range's argument errors are raised where the comprehension starts.
for bad in ("3", 2.5, None):
    try:
        [i for i in range(bad)]
    except TypeError as e:
        show("type error", e)
try:
    [i for i in range(1, 5, 0)]
except ValueError as e:
    show("value error", e)


# A shadowed range is called, not counted.
def shadow():
    range = lambda n: ["a", "b", "c"][:n]
    return [x for x in range(2)]


show("shadow", shadow())
show("inner shadow", [x for range in [lambda n: "xyz"[:n]] for x in range(2)])

# Lists are read by index as list_iterator does: growth during the loop is seen.
xs = [1, 2, 3]
show("grow", [xs.append(x * 10) or x for x in xs if len(xs) < 6])
show("after", xs)
ys = [1, 2, 3, 4, 5]
show("shrink", [ys.pop() for _ in ys])


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter([7, 8])


show("subclass", [x for x in MyList([1, 2, 3])])


# Generators are iterated and dropped when an exception leaves the comprehension.
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("gen finally", tag)


def fails(x):
    if x == 2:
        raise KeyError(x)
    return x


try:
    [fails(x) for x in gen("a")]
except KeyError as e:
    print("caught", e)
try:
    [fails(i) for i in range(5)]
except KeyError as e:
    print("caught", e)
try:
    [fails(x) for x in [0, 1, 2, 3]]
except KeyError as e:
    print("caught", e)
try:
    [(x, y) for x in gen("outer") for y in gen("inner") if fails(y)]
except KeyError as e:
    print("caught", e)

# A generator that finishes runs its finally before the next statement.
show("done", [x for x in gen("b")])


# Iterator errors keep their place.
def not_iterable():
    return [x for x in 5]


try:
    not_iterable()
except TypeError as e:
    print("caught", e)

# In a class body and with a nested function reading the loop variable.
class C:
    squares = [i * i for i in range(4)]
    pairs = [(a, b) for a in "ab" for b in range(2)]


show("class", (C.squares, C.pairs))
fs = [lambda: i for i in range(3)]
show("closures", [f() for f in fs])
show("nested", [[j for j in range(i)] for i in range(4)])


# Async comprehensions mix with synchronous clauses.
async def agen():
    for i in range(3):
        yield i


async def amain():
    a = [x async for x in agen()]
    b = [(x, y) async for x in agen() for y in range(x)]
    c = [y for x in range(2) for y in [z async for z in agen()]]
    return a, b, c


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


show("async", run(amain()))

# An error in the loop leaves the function's later state intact.
total = 0
for k in range(3):
    try:
        total += sum([fails(i) for i in range(k + 2)])
    except KeyError:
        total += 100
show("total", total)
