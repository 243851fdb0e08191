from typing import Callable, Concatenate, ParamSpec, TypeVar, TypeVarTuple

P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")
print(P, P.__name__, P.args, P.kwargs, Ts, Ts.__name__)
print(P.args.__origin__ is P, type(P).__name__, type(Ts).__name__)


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


print(add(1, b=2))
