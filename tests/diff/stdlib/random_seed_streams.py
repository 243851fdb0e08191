import random
for seed in [0, 1, 2, 3, 100, 999999, 2 ** 31 - 1, 2 ** 31, 2 ** 53 + 7]:
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(8)])
