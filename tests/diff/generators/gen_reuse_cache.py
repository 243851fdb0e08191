# Generators of the same function made and dropped in a loop, with others
# alive at the same time: each one has its own frame, names and state.
def counter(start, n):
    i = start
    while i < start + n:
        got = yield i
        if got is not None:
            i += got
        i += 1
    return ("done", start)


def other(tag):
    yield tag
    yield tag * 2


total = 0
for k in range(2000):
    g = counter(k, 3)
    total += next(g)
    h = other(k)  # a different function's generator while g is alive
    total += next(h)
    del h
    try:
        while True:
            total += g.send(1 if k % 3 == 0 else None)
    except StopIteration as e:
        assert e.value == ("done", k), e.value
print("total", total)

# Two generators of the same function alive at once, freed in either order.
a = counter(0, 5)
b = counter(100, 5)
print(next(a), next(b))
del a
c = counter(200, 2)
print(next(b), next(c), list(c), list(b))

# A renamed function: each generator takes the name the function has when it is made.
def named():
    yield 1


g1 = named()
print(g1.__name__, g1.__qualname__)
del g1
named.__name__ = "renamed"
named.__qualname__ = "Outer.renamed"
g2 = named()
print(g2.__name__, g2.__qualname__, list(g2))
g3 = named()
g3.__name__ = "mine"
print(g3.__name__)
del g3
g4 = named()
print(g4.__name__, g4.gi_running, g4.gi_suspended, g4.gi_frame is not None)
print(list(g4), g4.gi_frame)

# Never-started and half-run generators freed in a loop release their arguments.
class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


def holder(x):
    try:
        yield x
        yield x
    finally:
        print_if[0] += 1


print_if = [0]
for i in range(50):
    g = holder(Tracked())
    if i % 2:
        next(g)
    del g
print("alive", Tracked.alive, "finally ran", print_if[0])
