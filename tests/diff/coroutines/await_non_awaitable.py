# await on things that are not awaitable: CPython's TypeErrors.
async def f(x):
    return await x

def gen():
    yield 1

class BadAwait:
    def __await__(self):
        return 5

async def inner():
    return 1

class ReturnsCoro:
    def __await__(self):
        return inner()

for x in [5, "s", None, [1], gen(), BadAwait(), ReturnsCoro()]:
    c = f(x)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
    except StopIteration as e:
        print("stop", e.value)
