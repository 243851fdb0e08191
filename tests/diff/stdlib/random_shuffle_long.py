import random
r = random.Random(2)
l = list(range(100))
r.shuffle(l)
print(l)
r.shuffle(l)
print(l[:20])
s = list('abcdefghijklmnopqrstuvwxyz')
for _ in range(3):
    r.shuffle(s)
    print(''.join(s))
