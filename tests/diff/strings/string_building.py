def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s
a = build(100)
print(a[:30], len(a))
parts = []
for i in range(50):
    parts.append(f"{i:02d}")
print(",".join(parts))
acc = []
for i in range(10):
    acc.append("é" * i)
r = "|".join(acc)
print(r, len(r))
x = "ab" * 5000
print(len(x), x[-4:], x.count("ab"), len(x.replace("a", "aa")))
m = ""
for w in ["alpha", "beta", "gamma"]:
    m = m + w[0].upper() + w[1:] + " "
print(repr(m.rstrip()))
