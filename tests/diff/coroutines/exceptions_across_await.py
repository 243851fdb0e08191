# try/except/finally around awaits; exception context across suspension.
import types

@types.coroutine
def tick():
    yield "t"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def fails(n):
    await tick()
    raise ValueError(f"bad {n}")

async def main():
    out = []
    for i in range(3):
        try:
            await fails(i)
        except ValueError as e:
            out.append(str(e))
            await tick()
            out.append("after await in handler")
        finally:
            await tick()
            out.append(f"finally {i}")
    try:
        try:
            await fails(9)
        except ValueError:
            await tick()
            raise KeyError("wrapped")
    except KeyError as e:
        out.append(type(e.__context__).__name__ + ": " + str(e.__context__))
    return out

for line in run(main()):
    print(line)
