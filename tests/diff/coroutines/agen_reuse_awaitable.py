# asend()/athrow() awaitables can't be awaited twice.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    yield 1
    yield 2

async def main():
    g = gen()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError", e)
    t = g.aclose()
    print(await t)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", e)

run(main())
