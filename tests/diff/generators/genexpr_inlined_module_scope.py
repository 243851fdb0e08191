# The generator expressions of genexpr_inlined_builtins.py at module scope,
# where their variables are globals, in one module body: about 2,000 IR
# values in a single function. Built --dev for wasm at -O0, each value was a
# wasm local of its own and V8 refused the module ("local count too large",
# over 50,000 locals in one function); --dev wasm builds now run the backend
# at -O1 (compiler/driver/Toolchain.cpp).
import math

data = list(range(20))
print(sum(x * x for x in data if x % 3 != 1))
print(max(x ^ 5 for x in data), min(-x for x in data if x > 2))
print(any(x < 0 for x in data), all(x >= 0 for x in data))
print(any(x > 5 for x in data), all(x < 5 for x in data))
print(any(x for x in []), all(x for x in []))
words = [str(i) for i in range(30)]
print("".join(w for w in words if len(w) > 1))
print("-".join(w.upper() for w in "abc"))
print(sum(a * b for a in range(4) for b in range(3) if a != b))
print(list(x for x in "abc"), tuple(x + 1 for x in range(3)))
print(sorted(set(x % 3 for x in range(10))), tuple(x for x in []))

# sum: ints past the small range and past int64, bools, floats with
# compensated summation, leaving the float phase, generic addition.
print(sum(x for x in (True, True, 2)))
print(sum(x for x in [2**62, 2**62, 2**62]), sum(x for x in [2**63, -1, 1]))
print(sum(x for x in [2**62, 2**62, 0.5]), sum(x for x in [2**62, 2**62, 2**62, 0.5]))
print(sum(x / 10 for x in range(10)), sum(0.1 for _ in range(10)))
print(sum(x for x in [0.1, 1] + [0.1] * 9), sum(x for x in [0.1, True] + [0.1] * 9))
print(sum(x for x in [0.1, 2**64, -(2**64)] + [0.1] * 9))
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [math.inf, 1.0, 0.1]))
print(sum(x for x in [-0.0]), sum(x for x in [-0.0, -0.0]), sum(x for x in [1, 2.5, 3j]))
print(sum(x for x in [0.1] * 10), sum([0.1] * 10), sum((0.1 for _ in range(10)), 0.0))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        print("radd", o)
        return V(o + self.v)


print(sum(V(i) for i in range(4)).v)
print(sum(x for x in [1, 2, 3.5, V(10), 1]).v)

# max/min: the first of equal items, NaN as the first item or later,
# user comparisons, and errors.
nan = float("nan")
print(max(x for x in [1.0, 1, True]), min(x for x in [1, 1.0, True]))
print(max(x for x in [nan, 1, 2]), max(x for x in [1, nan, 2]), min(x for x in [3, 2**70, -2**70]))
print(max(x for x in ["b", "a", "c"]), min((x, -x) for x in range(3)))


class K:
    def __init__(self, k):
        self.k = k

    def __gt__(self, o):
        print("gt", self.k, o.k)
        return self.k > o.k

    def __lt__(self, o):
        print("lt", self.k, o.k)
        return self.k < o.k


print(max(K(i % 3) for i in range(4)).k, min(K(-i) for i in range(3)).k)
for bad in ([], [0, 0]):
    try:
        print(max(x for x in bad if x))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(min(x for x in bad if x))
    except ValueError as e:
        print("ValueError", e)
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(str(x) for x in range(3))
except TypeError as e:
    print("TypeError", e)
try:
    "".join(x for x in ["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sum(1 / x for x in [2, 1, 0, 3])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError", e)


# PEP 479: a StopIteration leaving the generator expression's body.
def take(n):
    it = iter(range(n))
    return sum(next(it) for _ in range(n + 2))


for fn in (take, lambda n: max(next(iter([])) for _ in range(n)), lambda n: list(next(iter(())) for _ in "x")):
    try:
        fn(3)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__ is e.__context__)


# any/all stop at the deciding item; the iterators they held are dropped
# before the result is used, as the generator's destruction would.
def src(tag, n):
    try:
        for i in range(n):
            print(tag, "yields", i)
            yield i
    finally:
        print(tag, "closed")


print(any(x > 1 for x in src("a", 5)))
print(all(x < 1 for x in src("b", 5)))
print(any(y > 2 for x in src("c", 3) for y in src("d" + str(x), 4)))
print(all(x < 9 for x in src("e", 2)))
it = iter([1, 2, 0, 3])
print(all(x for x in it), list(it))
it = iter([0, 0, 5, 6])
print(any(x for x in it), list(it))

# Scopes: class bodies, closures, assignment expressions, nesting.


class C:
    k = 3
    v = sum(i for i in range(k))
    try:
        w = sum(i * k for i in range(3))
    except NameError as e:
        print("NameError", e)


print(C.v)


def closures():
    fns = list((lambda: x) for x in range(3))
    return [h() for h in fns], sum(f() for f in [lambda: 7, lambda: 8])


print(closures())


def walrus():
    found = any((y := x) > 3 for x in range(10))
    return found, y


print(walrus())


def nested(rows):
    total = 0
    for r in range(3):
        total += sum(1 for x in range(10) if x & 3 == r)
        total += any(y > r for y in range(r + 1) for z in range(2))
    return total, sum(sum(y for y in row) for row in rows), max(min(r) for r in rows)


print(nested([[1, 2], [3, 4, 5], [0]]))


def gen_user():
    for n in range(3):
        yield sum(i for i in range(n + 1))


print(list(gen_user()))


async def coro():
    return max(x * 2 for x in range(4))


c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)


# Names that are not the builtins are called as they are.
def shadowed(sum=lambda g: "local " + ",".join(str(x) for x in g)):
    return sum(x for x in range(3))


print(shadowed())
max = lambda g: "global max " + str(list(g))
print(max(x for x in range(2)))
del max
print(max(x for x in range(2)))

# The builtin called on other iterables keeps the same phases: totals past
# the small-int range and past int64, a start that is a big int or a float.
big = [2**50] * 10 + [-(2**52)] + [2**62, 2**62, -(2**62)]
print(sum(big), sum(x for x in big), sum(big, 2**62), sum(big, -(2**63)), sum(big, 2**64))
print(sum([2**62, 2**62, 2**62, -(2**62)]), sum(iter([2**63 - 1, 1, -1])), sum([], 2**70))
print(sum([0.5, 2**62, 2**62, 0.25], 2**61), sum([0.1] * 10, 2**63), sum([1, 2], 0.5), sum([True, 2], True))
print(sum((x for x in big), 0.0), sum([2**50, 0.1, 0.2, 2**50]), sum(x for x in [2**50, 2**50, 0.1, 0.2]))
