def gen():
    yield 1
    return 42

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)

def gen2():
    return (1, 2)
    yield
try:
    next(gen2())
except StopIteration as e:
    print(e.value, e.args)

def gen3():
    yield 1
print(list(gen3()))
g = gen3()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
