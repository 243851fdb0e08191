# Sending a value into a just-started coroutine.
async def f():
    return 1

c = f()
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("ok", e.value)
try:
    c.send()
except TypeError as e:
    print("TypeError", e)
