# async for protocol errors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NoAnext:
    def __aiter__(self):
        return self

class SyncIter:
    def __iter__(self):
        return iter([1])

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3

async def use(x):
    async for v in x:
        print(v)

for x in [[1, 2], SyncIter(), NoAnext(), BadAnext(), 5]:
    try:
        run(use(x))
    except TypeError as e:
        print("TypeError", e)
