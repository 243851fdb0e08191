f = lambda: (yield 1)
g = f()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("value", e.value)
h = lambda n: (yield from range(n))
print(list(h(4)))
print(type(f()).__name__, f().__name__)
