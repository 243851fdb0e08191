import random
r = random.Random(77)
r.random()
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, a)
r.gauss()
st2 = r.getstate()
print(st2[2])
g1 = r.gauss()
r.setstate(st2)
print(g1 == r.gauss())
s = random.Random(1)
s.setstate(random.Random(77).getstate())
print(s.random() == random.Random(77).random())
r.setstate((1, 2, 3))
