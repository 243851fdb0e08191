def f(x):
    match x:
        case [first, *rest]:
            return first, rest
        case _:
            return "no"


print(f([1]), f([1, 2, 3]), f((4, 5)), f([]))


def g(x):
    match x:
        case [*init, last]:
            return init, last


print(g([1, 2, 3]), g((9,)))


def h(x):
    match x:
        case [a, *_, z]:
            return a, z
        case [*_]:
            return "short"


print(h([1, 2, 3, 4]), h([1, 2]), h([1]), h([]))


def k(x):
    match x:
        case [1, *mid, 9]:
            return mid
        case _:
            return None


print(k([1, 9]), k([1, 5, 6, 9]), k([1, 5]), type(k((1, 2, 9))).__name__)
