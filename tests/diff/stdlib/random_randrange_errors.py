import random
for f in [lambda: random.randrange(0), lambda: random.randrange(1.5), lambda: random.randrange(5, 2),
          lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2), lambda: random.randrange(1, step=2),
          lambda: random.randint(5, 1), lambda: random.randrange('a'), lambda: random.randint(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
random.randrange(3, 3)
