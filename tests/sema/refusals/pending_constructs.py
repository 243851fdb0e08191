class C[T]:
    pass
async def co():
    await co()
try:
    pass
except* ValueError:
    pass
type T = int
def ident[T](x: T) -> T:
    return x
