# athrow() raises inside the async generator at its yield.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("caught", e)
            yield -1

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("x")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished")
    try:
        await g.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow on finished")

run(main())
