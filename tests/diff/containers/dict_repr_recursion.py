d = {"a": 1}
d["self"] = d
print(d)
e = {"x": [1, 2]}
e["x"].append(e)
print(e)
l = [{}]
l[0]["l"] = l
print(l)
print({1: {2: {3: {}}}})
print({"quote'": 'dq"', "both'\"": "\n\t"})
print(repr({}), str({1: 2}), repr({None: (1,)}))
nested = {}
cur = nested
for i in range(30):
    cur[i] = {}
    cur = cur[i]
print(str(nested).count("{"))
