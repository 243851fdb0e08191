import random
r = random.Random('stream')
print([r.getrandbits(31) for _ in range(40)])
print([r.getrandbits(1) for _ in range(64)])
print(r.getrandbits(1024))
