type A[T] = list[T]
type B[U, *U] = U
