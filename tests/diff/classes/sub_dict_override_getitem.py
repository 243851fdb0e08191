class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


d = LowerDict()
d["KeY"] = 1
d["Other"] = 2
print(d, d["KEY"], "OTHER" in d)
print(d.get("KEY"), d.get("key"))
print(dict(d))
e = LowerDict({"ABC": 1})
print(e)
d.update({"Up": 3})
print(d)
print(d.setdefault("NEW", 4), d)
d["Nope"]
