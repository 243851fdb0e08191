import random
for seed in [1.5, 0.0, -2.25, 1e100, True, False, 3.0]:
    random.seed(seed)
    print(seed, random.random(), random.randrange(1000))
random.seed([1, 2])
