from typing import TypeVar, List

T = TypeVar("T")
N = TypeVar("N", bound=int)
S = TypeVar("S", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
for tv in (T, N, S, Co, Contra):
    print(repr(tv), tv.__name__, tv.__bound__, tv.__constraints__, tv.__covariant__,
          tv.__contravariant__)
print(type(T).__name__, isinstance(T, TypeVar))
print(List[T], List[T].__parameters__, List[T][int])
for bad in (lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int),
            lambda: TypeVar("X", covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(T | None)
