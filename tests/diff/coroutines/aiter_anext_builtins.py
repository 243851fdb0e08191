# The aiter()/anext() builtins, anext with a default value.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

class Manual:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return "m"

async def main():
    g = aiter(agen())
    out = [await anext(g), await anext(g, "d1"), await anext(g, "d2")]
    try:
        await anext(g)
    except StopAsyncIteration:
        out.append("stop")
    m = Manual()
    out.append(await anext(m, None))
    out.append(await anext(m, "end"))
    try:
        anext([1])
    except TypeError as e:
        out.append(str(e))
    try:
        aiter(5)
    except TypeError as e:
        out.append(str(e))
    return out

print(run(main()))
