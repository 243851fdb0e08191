log = []
def src():
    for i in range(3):
        log.append("src %d" % i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)

calls = []
def cond(x):
    calls.append(x)
    return x % 2
g2 = (x for x in range(6) if cond(x))
print(calls)
print(next(g2), calls)
