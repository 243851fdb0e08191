# Exceptions raised by __aexit__ replace the body's exception.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Bad:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        raise RuntimeError(f"aexit saw {t.__name__ if t else None}")

async def main():
    try:
        async with Bad():
            pass
    except RuntimeError as e:
        print(e)
    try:
        async with Bad():
            raise ValueError("body")
    except RuntimeError as e:
        print(e, "| context:", repr(e.__context__))

run(main())
