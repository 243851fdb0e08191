# An exception escaping a coroutine driven at top level (traceback last line).

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def inner():
    raise LookupError("no such thing")

async def outer():
    await inner()

run(outer())
