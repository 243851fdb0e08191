import random
r = random.Random(31337)
pop = list(range(50))
print(r.sample(pop, 10), r.sample(range(10 ** 6), 4), r.sample("xyz", 3), r.sample(pop, 0))
print(r.sample(["r", "g", "b"], counts=[3, 1, 2], k=4), r.choices(pop, k=5), r.choices(["a", "b"], [0.1, 0.9], k=8))
print(r.choice(range(7, 1000, 11)), r.choice((1, 2)), r.randrange(-50, 50, 3), r.randint(10 ** 20, 10 ** 20 + 5))
d = list("abcdefghijklmnop")
r.shuffle(d)
print("".join(d), r.random(), r.getrandbits(1), r.getrandbits(0), r.getrandbits(100))
