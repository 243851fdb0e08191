import asyncio
async def m():
    f = asyncio.get_running_loop().create_future(); f.foo = 1; print(f.foo)
    t = asyncio.current_task(); t.bar = 2; print(t.bar)
    class MyFut(asyncio.Future):
        def __init__(self):
            super().__init__()
            self.extra = "x"
    g = MyFut(); g.set_result(3); print(await g, g.extra)
asyncio.run(m())
