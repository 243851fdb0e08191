def f(x):
    match x:
        case tuple([a, b]):
            return ("tuple2", a, b)
        case list([a, b]):
            return ("list2", a, b)
        case tuple(()):
            return "empty tuple"
        case [*_]:
            return "other sequence"
        case _:
            return "not a sequence"


for v in [(1, 2), [1, 2], (), [], range(3), "xy", (1, 2, 3)]:
    print(repr(v), f(v))
