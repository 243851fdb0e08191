def frange(a, b, step):
    x = a
    while x < b:
        yield x
        x += step
print(list(frange(0.0, 1.0, 0.25)))
print(round(sum(frange(0, 10, 0.5)), 6))
print(max(x * x - 3 * x for x in frange(-2, 2, 0.1)))
