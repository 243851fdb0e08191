def f():
    import math
    from operator import add
    return math.floor(3.7) + add(1, 2)
def g():
    import math
    return math.ceil(3.2)
print(f(), g())
