class C[T]:
    pass
def gen():
    yield 1
async def co():
    await co()
g = (x for x in [1])
try:
    pass
except* ValueError:
    pass
type T = int
def ident[T](x: T) -> T:
    return x
