import random
r = random.Random(8)
print([round(r.uniform(1, 2), 10) for _ in range(3)], [round(r.triangular(0, 1, 0.9), 10) for _ in range(2)])
print([round(r.expovariate(0.5), 10) for _ in range(2)], round(r.paretovariate(3), 10), round(r.weibullvariate(1, 2), 10))
print([r.binomialvariate(10, 0.3) for _ in range(6)], [r.binomialvariate(1, 0.5) for _ in range(4)], r.binomialvariate(0, 0.5))
print(round(r.betavariate(1, 1), 10), round(r.gammavariate(0.5, 2), 10), round(r.gammavariate(1, 3), 10))
for thunk in [lambda: r.expovariate(0), lambda: r.gammavariate(0, 1), lambda: r.binomialvariate(-1), lambda: r.binomialvariate(5, 2), lambda: r.betavariate(0, 1)]:
    try:
        print(thunk())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
