# A coroutine suspended in one await can't be awaited by another.
import types

@types.coroutine
def wait():
    yield "w"

async def inner():
    await wait()
    return "inner done"

i = inner()

async def a():
    return await i

async def b():
    return await i

p = a()
print(p.send(None))
try:
    b().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    p.send(None)
except StopIteration as e:
    print("p", e.value)
