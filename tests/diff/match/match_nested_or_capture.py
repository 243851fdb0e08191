def f(x):
    match x:
        case {"pos": [x0, y0] | (x0, y0)} | [x0, y0]:
            return ("point", x0, y0)
        case {"r": (int() | float()) as r} if r > 0:
            return ("radius", r)
        case _:
            return None


print(f({"pos": [1, 2]}))
print(f({"pos": (3, 4)}))
print(f([5, 6]))
print(f({"r": 2.5}), f({"r": -1}), f({"r": "x"}))
