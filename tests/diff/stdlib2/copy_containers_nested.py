import copy
data = {"a": [1, {"b": (2, [3, {4}])}], "t": ((1,), [2]), "f": frozenset({1, 2})}
d2 = copy.deepcopy(data)
print(d2 == data, d2 is data, d2["a"][1] is data["a"][1], d2["t"][0] is data["t"][0], d2["t"][1] is data["t"][1], d2["f"] is data["f"])
d2["a"][1]["b"][1].append(9)
print(data["a"][1]["b"][1], d2["a"][1]["b"][1])
s = copy.copy(data)
print(s["a"] is data["a"], s is data)
nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
n2 = copy.deepcopy(nested)
print(n2 == nested, n2[0] is nested[0])
