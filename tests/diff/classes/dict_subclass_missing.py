class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0


c = Counter()
for w in "a b a c a b".split():
    c[w] = c[w] + 1
print(c)
print(c["zz"], "zz" in c)
print(c.get("q", "get does not call __missing__"))
print(len(c), isinstance(c, dict))


class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v


t = AutoVivify()
t["x"]["y"]["z"] = 1
print(t)


class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))


Raising()["k"]
