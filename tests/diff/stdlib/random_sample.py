import random
r = random.Random(3)
print(r.sample(range(100), 10), r.sample('abcdef', 3), r.sample([1, 2, 3], 3), r.sample([1], 0))
print(r.sample(range(10**6), 5), r.sample(range(30), 25))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5), r.sample(range(1000), k=20))
print(r.sample(tuple('xyz'), 2))
for f in [lambda: r.sample([1, 2], 3), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], -1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
r.sample({'a': 1}, 1)
