class CountingDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, k, v):
        self.writes += 1
        super().__setitem__(k, v)


cd = CountingDict(a=1)
cd["b"] = 2
cd["c"] = 3
print(cd, cd.writes)


class UniqueList(list):
    def append(self, x):
        if x not in self:
            super().append(x)


ul = UniqueList()
for v in [1, 2, 1, 3, 2]:
    ul.append(v)
print(ul)


class Fancy(str):
    def upper(self):
        return "FANCY:" + super().upper()


print(Fancy("x").upper(), Fancy("y").lower())
