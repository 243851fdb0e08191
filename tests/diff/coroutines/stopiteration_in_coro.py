# StopIteration escaping a coroutine becomes RuntimeError.
async def f():
    raise StopIteration(5)

async def g():
    it = iter([])
    return next(it)

for fn in (f, g):
    try:
        fn().send(None)
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)

async def h():
    try:
        raise StopIteration
    except StopIteration:
        return "handled"

try:
    h().send(None)
except StopIteration as e:
    print("ok", e.value)
