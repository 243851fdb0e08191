# Re-entering a running coroutine.
import types

holder = []

@types.coroutine
def reenter():
    try:
        holder[0].send(None)
    except ValueError as e:
        print("ValueError", e)
    yield "x"

async def f():
    print(holder[0].cr_running)
    await reenter()
    return 3

c = f()
holder.append(c)
print(c.send(None))
print(c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
