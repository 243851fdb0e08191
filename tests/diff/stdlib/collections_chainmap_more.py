from collections import ChainMap
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["y"], cm["z"], len(cm), sorted(cm), cm.get("q", 0), "z" in cm, dict(cm) == {"x": 1, "y": 2, "z": 30})
cm["z"] = 3
del cm["x"]
print(a, b, cm.maps[0] is a)
child = cm.new_child({"w": 0})
print(child["w"], child["y"], child.parents.maps == cm.maps, len(child.maps))
for thunk in [lambda: cm["nope"], lambda: cm.__delitem__("z2"), lambda: ChainMap({}, {"k": 1}).pop("k"), lambda: ChainMap().popitem()]:
    try:
        print(thunk())
    except KeyError as e:
        print(type(e).__name__, e)
print(repr(ChainMap({"a": 1}, {})), ChainMap({"a": 1}) | {"b": 2}, ChainMap().maps)
