# `a, b = x, y` with a tuple display: all values evaluated left to right
# first, then the targets assigned left to right (attributes, items, nested
# targets, an exception while evaluating leaves the targets unchanged).
class O:
    def __init__(self):
        self.log = []
    def __setattr__(self, k, v):
        if k != "log":
            self.log.append((k, v))
        object.__setattr__(self, k, v)
def f(tag, v):
    print("eval", tag)
    return v
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 0, 0]
i = 0
i, x[i] = f("i", 2), f("x", 9)
print(i, x)
o = O()
o.p, o.q = f("p", 1), f("q", 2)
print(o.log)
[c, (d, e)] = f("c", 3), f("de", (4, 5))
print(c, d, e)
try:
    a, b = f("ok", 1), f("err", 1 // 0)
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex, a, b)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as ex:
    print(type(ex).__name__, ex)
def g():
    a, b = 1, 2
    for _ in range(3):
        a, b = b, a + b
    return a, b
print(g())
