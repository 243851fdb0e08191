# async with on objects lacking the protocol: CPython's TypeErrors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncCM:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False

class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False

class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 7

async def use(cm):
    async with cm:
        print("inside")

for cm in [1, OnlyEnter(), SyncCM(), BadEnter(), BadExit()]:
    try:
        run(use(cm))
    except TypeError as e:
        print("TypeError", e)
