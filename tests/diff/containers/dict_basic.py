d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d))
print(d["two"], d.get("two"), d.get("four"), d.get("four", 4))
d["one"] = 11
print(d)
del d["two"]
print(d)
d["two"] = 22
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print("one" in d, "zz" in d, "zz" not in d, 11 in d)
e = {}
print(e, len(e), bool(e), bool(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
n = {0: "a", False: "b", 0.0: "c"}
print(n)
print({(1, 2): "t", "s": [1], None: None, 2.5: {}})
