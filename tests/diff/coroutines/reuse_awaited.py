# A finished coroutine can't be resumed or awaited again.
async def one():
    return 1

async def use(c):
    return await c

c = one()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(ValueError("boom"))
except RuntimeError as e:
    print("RuntimeError", e)
print("close", c.close())

d = one()
try:
    use(d).send(None)
except StopIteration as e:
    print("awaited", e.value)
try:
    use(d).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
