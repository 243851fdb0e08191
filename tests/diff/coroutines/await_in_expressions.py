# await inside expressions: evaluation order, f-strings, calls, subscripts.
import types

@types.coroutine
def tick():
    yield "t"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []
async def v(x):
    log.append(x)
    await tick()
    return x

async def main():
    a = await v(1) + await v(2) * await v(3)
    b = f"{await v('s')}-{await v(4) + 1}"
    c = [await v(5), (await v(6),), {await v(7): await v(8)}]
    d = max(await v(9), await v(10))
    e = (await v([11, 12]))[await v(1)]
    g = await v(True) and await v(13)
    h = await v(0) or await v(14)
    return a, b, c, d, e, g, h

print(run(main()))
print(log)
