import bisect, random
r = random.Random(10)
data = sorted([r.randint(0, 50) for _ in range(300)])
ok = True
for x in range(-2, 53):
    left = sum([1 for v in data if v < x])
    right = sum([1 for v in data if v <= x])
    ok = ok and bisect.bisect_left(data, x) == left and bisect.bisect_right(data, x) == right
print(ok, bisect.bisect(data, 25), bisect.bisect_left(data, 25))
s = []
for i in range(100):
    bisect.insort(s, r.randint(0, 20))
print(s == sorted(s), s[:12])
