class C[T, *Ts, **T]:
    pass
