import random
for seed in [0, 1, 42, 12345, -7, 2**32, 2**32 + 1, 2**64 - 1, 10**40, 2**100]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
