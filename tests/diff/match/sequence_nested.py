def f(x):
    match x:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [(x1, y1), (x2, y2), *more]:
            return ("points", x1 + x2, y1 + y2, len(more))
        case [[*row]]:
            return ("single row", row)
        case _:
            return "?"


print(f([[1, 2], [3, 4]]))
print(f([(0, 1), (2, 3), (4, 5)]))
print(f([[1, 2, 3]]))
print(f([[1], [2]]))
print(f([1, 2]))
