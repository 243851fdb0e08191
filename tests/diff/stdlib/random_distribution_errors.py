import random
for f in [lambda: random.gammavariate(0, 1), lambda: random.expovariate(0), lambda: random.uniform(1),
          lambda: random.betavariate(0, 1), lambda: random.Random().seed(1, 2, 3), lambda: random.random(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
random.gammavariate(1, -1)
