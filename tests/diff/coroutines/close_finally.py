# close() runs finally blocks of a suspended coroutine chain.
import types

@types.coroutine
def wait():
    yield "w"

async def inner():
    try:
        await wait()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
c.send(None)
print(c.cr_suspended)
print(c.close())
print(c.cr_frame)
print(c.close())
