class C[T]:
    pass
try:
    pass
except* ValueError:
    pass
type T = int
def ident[T](x: T) -> T:
    return x
