# Closures and calls: counters with nonlocal state, higher-order functions, default args.


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def add(a, b=1, *, scale=1):
    return (a + b) * scale


def main():
    counters = [make_counter(i) for i in range(1, 6)]
    total = 0
    for i in range(100000):
        total += counters[i % 5]()
    inc = lambda v: v + 3
    dbl = lambda v: (v * 2) % 1000003
    f = compose(inc, dbl)
    total += apply_n(f, 200000, 1)
    for i in range(100000):
        total += add(i) + add(i, 2) + add(i, b=3, scale=2)
    print("closure checksum:", total)


main()
