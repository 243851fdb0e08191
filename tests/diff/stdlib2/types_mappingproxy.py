import types
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0), sorted(mp.items()), list(mp.keys()), list(mp.values()))
try:
    mp["b"] = 2
except TypeError as e:
    print(e)
d = {"x": 1}
p = types.MappingProxyType(d)
d["y"] = 2
print(dict(p), p.copy())
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
