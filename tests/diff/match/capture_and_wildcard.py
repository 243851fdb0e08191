def f(x):
    match x:
        case 0:
            return "zero"
        case n:
            return "captured " + repr(n)


print(f(0), f(5), f("s"), f([1]))


def g(x):
    match x:
        case _:
            return "wildcard always matches"


print(g(None), g(object) != "")
match 42:
    case value:
        pass
print("value after match:", value)
match [1, 2]:
    case [_, _]:
        try:
            print("_ bound to", _)
        except NameError as e:
            print("NameError:", e)
