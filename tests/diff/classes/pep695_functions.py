# PEP 695 generic functions: __type_params__, the parameter objects, annotations.
import typing


def ident[T](x: T) -> T:
    return x


print(ident(3), ident("a"))
print(ident.__type_params__)
(T,) = ident.__type_params__
print(type(T) is typing.TypeVar, T.__name__, repr(T), str(T))
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.__bound__, T.__constraints__)
print(ident.__annotations__)
print(ident.__annotations__["x"] is T, ident.__annotations__["return"] is T)
print(ident.__name__, ident.__qualname__)


def many[A, *Ts, **P](a: A, *args: Ts, **kw: P.kwargs) -> tuple[A, Ts]:
    return (a, *args)


A, Ts, P = many.__type_params__
print(type(A).__name__, type(Ts).__name__, type(P).__name__)
print(repr(A), repr(Ts), repr(P))
print(type(Ts) is typing.TypeVarTuple, type(P) is typing.ParamSpec)
print(P.__name__, P.__infer_variance__, P.args, P.kwargs)
print(many(1, 2, 3))
print(many.__annotations__["a"] is A)

# each definition creates new parameter objects
def make():
    def inner[T](x: T) -> T:
        return x
    return inner


i1, i2 = make(), make()
print(i1.__type_params__[0] is i2.__type_params__[0], i1.__type_params__ == i1.__type_params__)


# defaults are evaluated outside the type-param scope, before it
log = []


def note(v):
    log.append(v)
    return v


def deco(f):
    log.append("deco")
    return f


@deco
def with_defaults[T](a: note("ann") = note(1), *, b: T = note(2)) -> note("ret"):
    return (a, b)


print(log)
print(with_defaults(), with_defaults(5, b=6))
print(with_defaults.__defaults__, with_defaults.__kwdefaults__)
print(with_defaults.__annotations__)


# the function body can use T through the closure
def body_uses[T](x):
    return T, T.__name__


t, n = body_uses(0)
print(t is body_uses.__type_params__[0], n)


async def agen[T](x: T) -> T:
    return x


print(agen.__type_params__, agen.__name__)

# non-generic functions have an empty tuple
def plain():
    pass


print(plain.__type_params__)
