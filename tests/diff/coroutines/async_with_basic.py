# async with: __aenter__/__aexit__ awaited, value bound by as.
import types

@types.coroutine
def tick(tag):
    yield tag

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await tick("e")
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await tick("x")
        print("exit", self.name, t.__name__ if t else None, v)
        return False

async def main():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("c"):
        print("no target")
    return "ok"

print(run(main()))
