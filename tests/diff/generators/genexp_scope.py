x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

def f():
    items = [1, 2, 3]
    g = (i * n for i in items for n in range(2))
    items = None
    return list(g)
try:
    print(f())
except TypeError as e:
    print("TypeError", e)

def h():
    data = [1, 2]
    g = (d for d in data)
    data = [5, 6]
    return list(g)
print(h())

class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
print(C.total)

try:
    g = (1 / z for z in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print("zde", e)

try:
    (y for y in 5)
except TypeError as e:
    print("eager", e)
