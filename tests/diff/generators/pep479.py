def gen():
    yield 1
    raise StopIteration("inner")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def gen2():
    it = iter([])
    yield next(it)

try:
    list(gen2())
except RuntimeError as e:
    print("list:", e)
