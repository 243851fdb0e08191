# PEP 695 bounds and constraints (lazy), nested generic scopes, generics in classes.

def bounded[T: int, S: (str, bytes), U](a: T, b: S, c: U):
    return a, b, c


T, S, U = bounded.__type_params__
print(T.__bound__, T.__constraints__)
print(S.__bound__, S.__constraints__)
print(U.__bound__, U.__constraints__)
print(bounded(1, "x", None))

# bounds are evaluated lazily and may name later definitions
def late[T: Later](x: T):
    return x


class Later:
    pass


print(late.__type_params__[0].__bound__)

# an error in a bound surfaces only when it is read (each time)
def broken[T: missing_name_q](x):
    return x


print("defined", broken(7))
for _ in range(2):
    try:
        broken.__type_params__[0].__bound__
    except NameError as e:
        print(type(e).__name__, e)


class Bad[T: (int, 1 / 0)]:
    pass


try:
    Bad.__type_params__[0].__constraints__
except ZeroDivisionError as e:
    print(type(e).__name__, e)


# bounds can refer to the other type parameters
def rel[A, B: list[A]]():
    pass


A, B = rel.__type_params__
print(B.__bound__, B.__bound__.__args__[0] is A)


# nested generic scopes
def outer[T](x: T):
    def inner[U](y: U) -> tuple[T, U]:
        return (x, y)

    return inner


inner = outer(1)
(Uo,) = inner.__type_params__
print(inner(2), inner.__annotations__, inner.__annotations__["return"].__args__[1] is Uo)
print(inner.__qualname__)


class Outer[T]:
    class Inner[U]:
        def both(self) -> tuple[T, U]:
            pass

    def method[M](self, m: M, t: T) -> M:
        return m


print(Outer.Inner.__type_params__, Outer.Inner.both.__annotations__)
print(Outer.method.__type_params__, Outer.method.__annotations__)
print(Outer().method(5, 6), Outer.Inner.__qualname__, Outer.method.__qualname__)


# generics defined in a class body see the class namespace in annotations
class Holder:
    Alias = int
    Other = str

    def get[T](self, x: Alias, y: T) -> Other:
        return x

    type Pairing[K] = dict[K, Alias]

    class G[V: Alias]:
        pass


print(Holder.get.__annotations__)
print(Holder.Pairing, Holder.Pairing.__value__)
print(Holder.G.__type_params__[0].__bound__)
print(Holder().get(1, 2))


# a type parameter shadows an outer name of the same name
T = "global T"


def shadow[T]():
    return T


print(shadow() is shadow.__type_params__[0], T)


# private names inside a class are mangled
class Priv:
    def m[__X](self, a: __X) -> __X:
        return a


print(Priv.m.__type_params__, Priv.m.__annotations__)
