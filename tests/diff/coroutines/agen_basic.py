# Async generators: async for, __anext__ awaitables, type names.
import types

@types.coroutine
def tick():
    yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        await tick()
        yield i * i

async def main():
    out = [x async for x in agen(5)]
    g = agen(2)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(g.__aiter__() is g)
    aw = g.__anext__()
    print(type(aw).__name__)
    out.append(await aw)
    out.append(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    return out

print(run(main()))
