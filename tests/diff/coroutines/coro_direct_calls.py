# Module-level async defs called directly (the compiler calls their body),
# with the same coroutine objects, errors and await checks as CPython.
import asyncio
import types


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def nothing():
    return None


@types.coroutine
def raw(v):
    got = yield v
    return got


async def uses_raw(v):
    return await raw(v)


async def twice(c):
    return await c


async def main():
    total = 0
    for i in range(500):
        total += await add(i, 1)
    print("total", total)
    c = add(1, 2)
    print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        add(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        add(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    print(await add(b=5, a=1))
    print(await nothing())
    # A coroutine being awaited by one task cannot be awaited by another.
    inner = asyncio.sleep(0.01, "slept")
    t = asyncio.ensure_future(twice(inner))
    await asyncio.sleep(0)
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)


asyncio.run(main())

# Driving the chain by hand: the innermost yield comes out of send().
c = uses_raw("ping")
print(c.send(None))
try:
    c.send("pong")
except StopIteration as e:
    print("returned", e.value)

# Awaiting an object without __await__.
async def bad():
    await 42


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

# A just-started generator delegate cannot receive a non-None value.
def sub():
    yield 1


def deleg():
    r = yield from sub()
    return r


d = deleg()
print(next(d))
try:
    d.send(7)
except StopIteration as e:
    print("stop", e.value)
