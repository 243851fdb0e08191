# Driving the asend awaitable directly with send(): awaits pass through,
# yields finish the awaitable with StopIteration(value).
import types

@types.coroutine
def ask(q):
    return (yield q)

async def gen():
    a = await ask("first?")
    yield a * 2
    b = await ask("second?")
    yield b + 1

g = gen()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.send(21)
except StopIteration as e:
    print("yielded", e.value)
aw2 = g.__anext__()
print(aw2.send(None))
try:
    aw2.send(9)
except StopIteration as e:
    print("yielded", e.value)
aw3 = g.__anext__()
try:
    aw3.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
