import random
r = random.Random()
x = r.random()
print(0.0 <= x < 1.0)
r.seed()
r.seed(None)
print(0 <= r.randrange(10) < 10)
for s in [(1, 2), {1: 2}, 1 + 2j]:
    try:
        r.seed(s)
    except TypeError as e:
        print(type(e).__name__, str(e).replace(chr(10), ' '))
random.Random([])
