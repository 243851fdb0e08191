a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for i, x in enumerate(b):
    if i < 5:
        b.append(x * 10)
print(b)
c = list(range(10))
for x in c[:]:
    if x % 3:
        c.remove(x)
print(c)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
e = {1, 2, 3, 4}
for x in sorted(e):
    if x > 2:
        e.discard(x)
print(e)
try:
    f = {1: 1}
    for k in f:
        f[k * 2] = 0
except RuntimeError as err:
    print("RuntimeError", err)
try:
    g = {1, 2}
    for k in g:
        g.remove(k)
except RuntimeError as err:
    print("RuntimeError", err)
h = [0]
for x in h:
    if len(h) < 5:
        h.append(x + 1)
print(h)
