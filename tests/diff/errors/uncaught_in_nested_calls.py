def a(x):
    return b(x) * 2
def b(x):
    return c(x) + 1
def c(x):
    return [1, 2, 3][x]
print(a(1))
print(a(10))
