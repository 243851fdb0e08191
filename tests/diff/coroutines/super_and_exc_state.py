# super() in async methods, return in an async generator, nested awaits in a
# comprehension, sys.exception() across a suspension.
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Base:
    async def hello(self):
        return "base"
class Derived(Base):
    async def hello(self):
        return "derived+" + await super().hello()
print(run(Derived().hello()))
async def agen():
    try:
        yield 1
        return
    finally:
        print("fin")
async def m():
    return [x async for x in agen()]
print(run(m()))
async def deep():
    async def inner(x):
        return [await y for y in x]
    async def k(v): return v
    return await inner([k(1), k(2)])
print(run(deep()))
import sys
async def exc_state():
    try:
        raise ValueError("a")
    except ValueError:
        await types.coroutine(lambda: (yield))()
        return repr(sys.exception())
print(run(exc_state()))
