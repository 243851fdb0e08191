# Async generator methods and attributes.
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

class Source:
    def __init__(self, items):
        self.items = items
    async def stream(self):
        for it in self.items:
            await tick()
            yield it.upper()
    def __aiter__(self):
        return self.stream()

async def main():
    s = Source(["a", "b"])
    out = [x async for x in s]
    g = s.stream()
    print(g.__qualname__, g.ag_running, g.ag_await)
    await g.__anext__()
    print(g.ag_frame is not None, g.ag_running)
    await g.aclose()
    print(g.ag_frame)
    return out

print(run(main()))
