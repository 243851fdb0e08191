import random
r = random.Random(6)
print(r.sample(range(100000), 30))
print(r.sample(list(range(50)), 50)[:10], sorted(r.sample(range(40), 40)) == list(range(40)))
print(r.sample('abcdefghij' * 10, 15), r.sample(range(10 ** 12), 3))
print(r.sample(range(100), k=60)[-5:])
