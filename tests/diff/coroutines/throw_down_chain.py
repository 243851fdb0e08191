# throw() propagates down the await chain to the innermost suspension point.
import types

@types.coroutine
def wait():
    try:
        yield "waiting"
    except KeyError as e:
        print("innermost caught", repr(e))
        return "recovered"

async def mid():
    r = await wait()
    return "mid:" + r

async def top():
    try:
        return await mid()
    finally:
        print("top finally")

c = top()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

c2 = top()
c2.send(None)
try:
    c2.throw(ValueError("v"))
except ValueError as e:
    print("escaped", repr(e))
