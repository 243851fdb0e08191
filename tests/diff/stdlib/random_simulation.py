import random
random.seed(1)
walk = 0
hist = {}
for _ in range(10000):
    walk += random.choice((-1, 1))
    b = random.randint(1, 6) + random.randint(1, 6)
    hist[b] = hist.get(b, 0) + 1
print(walk, sorted(hist.items()))
deck = [r + s for r in '23456789TJQKA' for s in 'cdhs']
random.shuffle(deck)
print(deck[:13])
print(round(sum([random.gauss(0, 1) for _ in range(1000)]), 10))
print(random.sample(deck, 5), random.choices(deck, k=3))
