def f(x):
    match x:
        case [a, b]:
            return "sequence of 2"
        case str() as s if len(s) == 2:
            return "string of 2"
        case _:
            return "other"


for v in ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), {1, 2}, {1: 2, 3: 4}, range(2), "abc"]:
    print(repr(v), f(v))
