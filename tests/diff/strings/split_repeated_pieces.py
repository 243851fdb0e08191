# split's short ASCII parts may be shared strs (a cache of recent pieces):
# every observable property must stay as if each part were a new str.

words = ["ab", "abc", "ba", "cab", "abcdefg", "abcdefgh", "abcdefghi",
         "abcdefghijklmnop", "abcdefghijklmnopq", "x", "", "zz", "zzz"]
text = " ".join(words * 50)
parts = text.split()
print(len(parts), parts[:12] == [w for w in words if w])
print(sorted(set(parts)) == sorted(set(w for w in words if w)))

# Growing one part in place must not change any other part or later splits.
a = parts[0]
b = parts[len(words) - 1]
a += "!"
for i in range(5):
    a += "?" * i
print(a, parts[0], b, text.split()[0])
acc = parts[1]
for p in parts[:40]:
    acc += p
print(len(acc), parts[1], "abc" in text.split(), text.split().count("abc"))

# Same bytes at every length 1..20, colliding and evicting each other.
seen = {}
for n in range(1, 21):
    for c in "abcxyz019_":
        w = c * n
        s = (w + "," + w[::-1] + ",").split(",")
        assert s[0] == w and s[1] == w and s[2] == "", (n, c, s)
        seen[w] = seen.get(w, 0) + 1
print(len(seen), sum(seen.values()))

# Many distinct pieces through the cache, then the same pieces again.
csv = ";".join("k%d=%d" % (i % 3000, i % 7) for i in range(20000))
fields = csv.split(";")
keys = [f.split("=")[0] for f in fields]
vals = [f.split("=")[1] for f in fields]
print(len(set(keys)), len(set(vals)), keys[2999], keys[3000], vals[:8])
again = csv.split(";")
print(again == fields, sum(len(f) for f in again), hash(again[5]) == hash(fields[5]))

# Parts keep the str type and methods; a str subclass splits into plain strs.
class S(str):
    pass
sp = S("ab ab cd").split()
print([type(x).__name__ for x in sp], sp, sp[0] == sp[1])
print("ab cd".split(" ") == ["ab", "cd"], "ab,ab".split(",", 1), "  ab  ab ".split())
d = {}
for w in ("the cat and the hat and the bat " * 100).split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
