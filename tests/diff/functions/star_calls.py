def show(*args, **kwargs):
    return args, sorted(kwargs.items())
args = [1, 2]
kw = {"x": 1}
print(show(*args), show(0, *args, 3), show(*args, *args), show(**kw), show(**kw, y=2), show(*"ab", **{"z": 0}, **{"w": 1}))
try:
    show(**kw, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), "{}-{}".format(*"ab"), dict(**{"a": 1}, b=2))
