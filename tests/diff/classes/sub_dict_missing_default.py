class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


groups = DefaultList()
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[word[0]].append(word)
print(groups)
print(sorted(groups), len(groups))
print("z" in groups, groups.get("z"), len(groups))
print(groups["z"], len(groups))


class NoMissing(dict):
    pass


class MissingAsAttr(dict):
    pass


m = MissingAsAttr()
m.__missing__ = lambda k: "instance attr ignored"
try:
    m["x"]
except KeyError as e:
    print("KeyError:", e)
NoMissing()["q"]
