d = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    d[key] = len(key)
print(d)
del d["alpha"]
d["alpha"] = 0
print(d)
d["delta"] = 99
print(list(d))
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:10], len(d))
print(list(reversed(d))[:5])
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), sorted(e.items()), sorted(e.values()))
f = dict.fromkeys([5, 3, 5, 1, 3])
print(list(f))
g = {}
for i in range(20):
    g[str(i)] = i
    if i % 3 == 0:
        del g[str(i)]
print(list(g.keys()))
while g:
    k, v = g.popitem()
    if v < 10:
        break
print(k, v, len(g))
