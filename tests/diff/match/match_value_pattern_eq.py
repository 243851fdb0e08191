class Consts:
    ZERO = 0
    EMPTY = ()


class Weird:
    def __eq__(self, other):
        print("Weird.__eq__", repr(other))
        return other == 0


def f(x):
    match x:
        case Consts.EMPTY:
            return "empty tuple const"
        case Consts.ZERO:
            return "zero const"
        case _:
            return "other"


print(f(()), f(0), f(0.0), f(False), f([]))
print(f(Weird()))
