# async with: a true __aexit__ result suppresses the exception.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suppress:
    def __init__(self, flag):
        self.flag = flag
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit sees", t.__name__ if t else None, v)
        return self.flag

async def main():
    async with Suppress(True):
        raise ValueError("hidden")
    print("after suppressed")
    try:
        async with Suppress(False):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", repr(e))
    async with Suppress(1):
        1 / 0
    return "done"

print(run(main()))
