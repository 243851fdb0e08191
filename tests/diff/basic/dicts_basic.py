d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(list(d.keys()), list(d.values()))
del d["b"]
print(d, d.pop("a"), d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
sq = {x: x * x for x in range(6) if x % 2 == 0}
print(sq, {**sq, 10: 100}, dict(a=1, b=2))
