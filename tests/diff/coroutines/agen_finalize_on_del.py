# Dropping a suspended async generator runs its finally block (no awaits in it).

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finally")

async def main():
    g = gen()
    async for v in g:
        if v == 2:
            break
    print("broke out")
    del g
    print("after del")

run(main())
