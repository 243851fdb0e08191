def f(x):
    match x:
        case 0 | 1 | 2:
            return "low"
        case [0, _] | [_, 0]:
            return "pair with zero"
        case {"k": 1} | {"k": 2}:
            return "k is 1 or 2"
        case str() | bytes():
            return "text-ish"
        case (a, 1) | (1, a):
            return f"bound a={a}"
        case _:
            return "other"


for v in [1, [0, 5], [5, 0], {"k": 2}, "s", b"b", (7, 1), (1, 8), (2, 2)]:
    print(repr(v), f(v))
