# A coroutine accumulating sent values through an awaitable that yields.
import types

@types.coroutine
def receive():
    return (yield "need")

async def summer(n):
    total = 0
    for _ in range(n):
        total += await receive()
    return total

c = summer(4)
print(c.send(None))
for v in (10, 20, 30):
    print(c.send(v))
try:
    c.send(40)
except StopIteration as e:
    print("total", e.value)
