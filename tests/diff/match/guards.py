calls = []


def check(v, tag):
    calls.append(tag)
    return v


def f(x):
    match x:
        case [a, *_] if a is None:
            return "starts with None"
        case [a, b] if check(a == b, "eq"):
            return "equal pair"
        case [a, b] if check(a > b, "gt"):
            return "descending"
        case n if isinstance(n, int) and n % 2 == 0:
            return "even int"
        case _:
            return "fallback"


for v in [[1, 1], [3, 1], [1, 3], [None, 1], 4, 5]:
    print(repr(v), f(v))
print(calls)
