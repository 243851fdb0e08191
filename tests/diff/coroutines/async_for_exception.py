# Exceptions from __anext__ other than StopAsyncIteration propagate.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Failing:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("third")
        return self.n

async def main():
    seen = []
    try:
        async for v in Failing():
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen

print(run(main()))

async def body_raises():
    async for v in Failing():
        raise KeyError(v)

try:
    run(body_raises())
except KeyError as e:
    print("KeyError", e)
