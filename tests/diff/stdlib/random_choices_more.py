import random
r = random.Random(12)
print(r.choices(range(10), k=20), r.choices('xyz', weights=[1, 0, 1], k=10))
print(r.choices(['a', 'b'], cum_weights=[0.25, 1.0], k=10), r.choices((1,), k=3))
print(r.choices('ab', [2, 3], k=5), r.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4], k=12))
print(r.choices([10, 20, 30], [1, 1, 1]))
