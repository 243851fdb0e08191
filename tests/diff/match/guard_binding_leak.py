def f(x):
    y = "unset"
    match x:
        case [y, 0] if y > 10:
            return ("big", y)
        case _:
            return ("not matched, y is", y)


print(f([20, 0]))
print(f([5, 0]))
print(f([5, 1]))
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (c, d):
        print("c, d =", c, d)
print("a after failed guard:", a)
