# StopIteration / StopAsyncIteration raised inside an async generator.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def bad1():
    yield 1
    raise StopIteration

async def bad2():
    yield 1
    raise StopAsyncIteration

async def main():
    for f in (bad1, bad2):
        try:
            async for v in f():
                print("v", v)
        except RuntimeError as e:
            print("RuntimeError", e, type(e.__cause__).__name__)

run(main())
