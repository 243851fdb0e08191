# A coroutine driven by hand: return value arrives in StopIteration.
async def add(a, b):
    return a + b

c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("none result", e.value, e.args)
