# async for over a class with __aiter__/__anext__.
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

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    async for x in Counter(4):
        out.append(x)
    async for x in Counter(0):
        out.append("never")
    else:
        out.append("else")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 100)
    else:
        out.append("no else")
    return out

print(run(main()))
