def f(a, b, c=1, *, d, e=2):
    return a, b, c, d, e
calls = [
    lambda: f(1, 2, d=3),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, d=3, z=9),
    lambda: f(1, 2, a=1, d=3),
    lambda: f(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def p(x, y, /, z):
    return x, y, z
for call in [lambda: p(1, 2, 3), lambda: p(1, y=2, z=3), lambda: p(1, 2, z=3), lambda: p(1, 2, 3, 4)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def none():
    return 0
try:
    none(1)
except TypeError as e:
    print(e)
def two(a, b):
    pass
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
