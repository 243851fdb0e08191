# coroutine.throw with a type, an instance, a non-exception.
import types

@types.coroutine
def wait():
    while True:
        try:
            yield "w"
        except Exception as e:
            print("got", type(e).__name__, e.args)

async def f():
    await wait()

c = f()
c.send(None)
print(c.throw(ValueError))
print(c.throw(KeyError("a")))
print(c.throw(TypeError("msg")))
try:
    c.throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(object())
except TypeError as e:
    print("TypeError", e)
print(c.close())
