import asyncio

async def afunc():
    return 1

def plain():
    return 1

def gen():
    yield 1

c = afunc()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(gen()))
s = asyncio.sleep(0)
print(asyncio.iscoroutine(s))
s.close()
print(asyncio.iscoroutine(afunc), asyncio.iscoroutine(None))
c.close()
