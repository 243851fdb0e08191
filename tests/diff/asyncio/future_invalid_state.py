import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print(type(e).__name__, e)
    print(f.cancel(), f.result())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
