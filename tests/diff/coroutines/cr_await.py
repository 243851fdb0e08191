# cr_await shows what the coroutine is suspended on.
import types

@types.coroutine
def wait():
    yield "w"

async def inner():
    await wait()

async def outer():
    await inner()

c = outer()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__)
print(type(c.cr_await.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_await)
