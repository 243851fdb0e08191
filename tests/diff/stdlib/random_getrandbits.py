import random
r = random.Random(7)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 200, 1000]:
    print(k, r.getrandbits(k))
print(random.Random(1).getrandbits(40))
r.getrandbits(-1)
