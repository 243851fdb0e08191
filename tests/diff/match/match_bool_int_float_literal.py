def f(x):
    match x:
        case True:
            return "True literal"
        case 1:
            return "one"
        case 0.5:
            return "half"
        case -0.0:
            return "zero float"
        case _:
            return "other"


for v in [True, 1, 1.0, 0.5, 0, 0.0, False, -0.0, 2]:
    print(repr(v), f(v))
