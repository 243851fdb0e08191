try:
    pass
except ValueError as err:
    pass
with open("f") as (fa, fb):
    pass
for i, (j, k) in []:
    pass
else:
    pass
while False:
    pass
x: int = 1
y: "str"
def ann(a: int, *b: str, c: float = 1.0, **d: bool) -> None:
    z: list = []
    w: int
    return z
assert x, "msg"
def r():
    raise SystemExit from None
def dele():
    q = 1
    del q
def exc():
    try:
        pass
    except Exception as e:
        return e
def star():
    *a, b = [1, 2]
    return a, b
def fstr(v):
    return f"{v!r:>{width}}"
def deco():
    @staticmethod
    def inner(arg=default):
        pass
    return inner
async def coro(x):
    await x
    async for i in x:
        pass
    async with x as y:
        pass
    return [i async for i in x]
def gen():
    yield 1
    yield from range(3)
