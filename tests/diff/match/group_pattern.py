def f(x):
    match x:
        case (1):
            return "one via group"
        case (1 | 2) | (3):
            return "2 or 3"
        case ((a)):
            return "captured " + str(a)


print(f(1), f(2), f(3), f(4))


def g(x):
    match x:
        case ([a, b]):
            return ("list pattern in group", a, b)
        case _:
            return None


print(g([1, 2]), g((3, 4)), g("ab"))
