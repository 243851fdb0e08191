def acc():
    items = []
    d = {}
    s = ""
    while True:
        x = yield (len(items), len(d), s)
        items.append(x)
        d[x] = len(items)
        s += str(x)

g = acc()
print(next(g))
for v in [3, 1, 4, 1, 5]:
    print(g.send(v))
