import itertools
a, b, c = itertools.tee(range(5), 3)
print(next(a), next(a), list(b), list(a), list(c))
x, y = itertools.tee(iter("abc"))
print(list(zip(x, y)))
print(itertools.tee([1], 0), len(itertools.tee([1])))
for thunk in [lambda: itertools.tee([1], -1), lambda: itertools.tee(5), lambda: itertools.tee([1], "2")]:
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p, q = itertools.tee(itertools.count())
print([next(p) for _ in range(3)], next(q), [next(q) for _ in range(3)])
t1, t2 = itertools.tee([1, 2])
t3, t4 = itertools.tee(t1)
print(list(t3), list(t4), list(t2), list(t1))
