def f[T, T](x: T) -> T:
    return x
