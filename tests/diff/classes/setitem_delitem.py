class Store:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v

    def __getitem__(self, k):
        return self.d[k]

    def __delitem__(self, k):
        print("del", k)
        del self.d[k]


s = Store()
s["a"] = 1
s["b"] = 2
s[1:3] = "slice"
s["a"] += 10
print(s["a"], s.d)
del s["b"]
del s[1:3]
print(s.d)
try:
    del s["zz"]
except KeyError as e:
    print("KeyError:", e)
s["missing"]
