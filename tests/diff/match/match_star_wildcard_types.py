def f(x):
    match x:
        case [int(), *_, str()]:
            return "int ... str"
        case [*_, [*_]]:
            return "ends with a sequence"
        case (float(), float()):
            return "two floats"
        case _:
            return "other"


print(f([1, "a"]), f([1, 2, 3, "z"]), f([1, [2]]), f((1.0, 2.0)), f([1.0, 2]), f([]))
