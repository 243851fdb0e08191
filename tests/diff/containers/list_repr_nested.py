a = [1, [2, [3, [4, []]]], "s", 'q"uote', "it's", None, True, 1.5, -0.0, (1,), ()]
print(a)
print(repr(a))
print(str(a))
b = [1, 2]
b.append(b)
print(b)
c = [b, b]
print(c)
d = {"k": [1, {"z": (2, [3])}]}
print(d)
e = []
e.append(e)
e.append([e])
print(e)
print([[]], [[], []], [()], [{}], [set()], [frozenset()])
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep).count("["))
