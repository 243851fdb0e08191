import random
r = random.Random(8)
print(r.choices('abc', k=10), r.choices([1, 2, 3]), r.choices(range(5), k=0))
print(r.choices('abc', [10, 1, 1], k=8), r.choices('abc', cum_weights=[1, 2, 10], k=8))
print(r.choices(['x', 'y'], weights=[0.5, 1.5], k=6), r.choices([1, 2], [0, 1], k=4))
for f in [lambda: r.choices([1, 2], [1]), lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1, 2], 2),
          lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]), lambda: r.choices([1, 2], [1, float('inf')]),
          lambda: r.choices([], k=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
