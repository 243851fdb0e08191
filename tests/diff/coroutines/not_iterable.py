# Coroutines are not iterators; __await__ gives a coroutine_wrapper that is.
async def f():
    return 7

c = f()
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError", e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("stop", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)
