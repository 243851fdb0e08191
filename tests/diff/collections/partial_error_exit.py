from functools import partial
def f(a, b):
    return a + b
p = partial(f, 1)
print(p(2))
p(2, 3)
