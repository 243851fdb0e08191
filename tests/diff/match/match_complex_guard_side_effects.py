count = 0


def bump():
    global count
    count += 1
    return count


def f(x):
    match x:
        case [a, b] if bump() and a < b:
            return "ascending"
        case [a, b] if bump() and a > b:
            return "descending"
        case [_, _]:
            return "flat"
        case _:
            return "not pair"


print([f(v) for v in [[1, 2], [2, 1], [3, 3], 7]])
print("guard calls:", count)
