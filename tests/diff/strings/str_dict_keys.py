d = {}
for w in ["apple", "banana", "cherry", "é", "中", "😀", "a" + "pple", "".join(["b", "anana"])]:
    d[w] = d.get(w, 0) + 1
print(d)
keys = list(d)
print(keys, sorted(keys))
s = set("mississippi")
print(sorted(s), len(s))
print({"a": 1}["a"], "x" in {"x": 1}, {"é": 2}.get("é"))
cnt = {}
for ch in "hello wörld":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
