import asyncio

async def afunc():
    return 1

def plain():
    return 1

def gen():
    yield 1

c = afunc()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(gen()))
print(asyncio.iscoroutinefunction(afunc), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(gen))
c.close()
