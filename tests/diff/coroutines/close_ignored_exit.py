# A coroutine that keeps awaiting after GeneratorExit.
import types

@types.coroutine
def wait(tag):
    yield tag

async def stubborn():
    try:
        await wait(1)
    except GeneratorExit:
        await wait(2)

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)

async def raises_in_finally():
    try:
        await wait(1)
    finally:
        raise ValueError("from finally")

d = raises_in_finally()
d.send(None)
try:
    d.close()
except ValueError as e:
    print("ValueError", e)
