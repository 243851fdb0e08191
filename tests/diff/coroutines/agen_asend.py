# asend() delivers values into an async generator.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    print("received", received)

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stop")
    h = echo()
    try:
        await h.asend(1)
    except TypeError as e:
        print("TypeError", e)

run(main())
