def f(x):
    match x:
        case [1, 2] as whole:
            return ("whole", whole)
        case [(a, b) as pair, *rest] as everything:
            return ("pair", pair, a, b, len(everything))
        case (int() | float()) as num:
            return ("number", num)
        case {"v": (str() as s)} as d:
            return ("string value", s, len(d))
        case _:
            return None


print(f([1, 2]))
print(f([(3, 4), 5]))
print(f(2.5), f(7))
print(f({"v": "x", "w": 1}))
print(f({"v": 3}))
