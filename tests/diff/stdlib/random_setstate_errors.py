import random
r = random.Random(1)
st = r.getstate()
for bad in [(3, (1, 2), None), (2, st[1], None), (3, st[1][:-1], None)]:
    try:
        r.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r.setstate(st)
print(r.random())
r.setstate(1)
