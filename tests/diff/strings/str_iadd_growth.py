# s += t in loops: in-place growth across capacity boundaries, shared
# (aliased) strs left unchanged, non-ASCII text, dict keys built by +=.
s = ""
for i in range(2000):
    s += str(i % 10)
    if i in (14, 15, 16, 31, 32, 33, 63, 64, 1023, 1024):
        t = s
        s += "x"
        print(len(s), len(t), t[-3:], s[-3:])
print(len(s), s[:20], s[-20:], hash(s) == hash("".join([s])))
a = "ab"
b = a
a += "cd"
print(a, b)
u = "é"
for i in range(40):
    u += "ü" if i % 2 else "a"
print(len(u), u[:10], u[-5:], u.encode()[:6])
w = "x" * 16
w += "y"
w += "z" * 15
w += "!"
print(w, len(w))
parts = []
for k in range(50):
    q = "k"
    q += str(k)
    q += "-"
    parts.append(q)
print("".join(parts))
d = {}
key = "ab"
key += "c"
d[key] = 1
key2 = key
key += "d"
print(d, key, key2, "abc" in d)
