import asyncio

async def afunc():
    return 1

def plain():
    return 1

def gen():
    yield 1

class K:
    async def method(self):
        pass

print(asyncio.iscoroutinefunction(afunc), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(K().method))
print(asyncio.iscoroutinefunction(asyncio.sleep))
