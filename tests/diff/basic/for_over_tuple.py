# for loops and generator expressions over tuples are indexed directly; a
# tuple subclass keeps its own __iter__.
def neighbours(u, n):
    out = []
    for v in (u - n if u >= n else -1, u + n, u - 1 if u % n else -1):
        if v >= 0:
            out.append(v)
    return out


print(neighbours(5, 4), neighbours(0, 4))
t = (1, "two", 3.0, None, (5, 6))
for x in t:
    print(repr(x))
for i, (a, b) in enumerate(((1, 2), (3, 4))):
    print(i, a + b)
for x in ():
    print("never")
else:
    print("empty else")
for x in (1, 2, 3):
    if x == 2:
        break
else:
    print("not reached")
print("broke at", x)
print(sum(x * x for x in (1, 2, 3)), list(y for y in t[:2]), max(v for v in (4, 9, 2)))
print([c for c in ("ab", "cd")], {k: len(k) for k in ("x", "yy")})


class Rev(tuple):
    def __iter__(self):
        return reversed(tuple(tuple.__iter__(self)))


r = Rev((1, 2, 3))
for x in r:
    print("rev", x)
print(list(v for v in r), [v for v in r])


def gen():
    for x in (10, 20):
        yield x
    yield from (30, 40)


print(list(gen()))
# The tuple lives while the loop runs even when its only reference is the loop.
for s in tuple(str(i) * 2 for i in range(3)):
    print(s)
