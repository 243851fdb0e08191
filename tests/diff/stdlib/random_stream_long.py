import random
random.seed(2024)
print([random.random() for _ in range(700)][-5:])
r = random.Random(99)
print(sum([r.random() for _ in range(5000)]))
print([r.getrandbits(32) for _ in range(10)])
