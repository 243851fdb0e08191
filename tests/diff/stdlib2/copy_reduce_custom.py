import copy
class Rec:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Rec, (self.a,), {"b": self.b, "extra": 1})
r = Rec([1], 5)
c = copy.copy(r)
d = copy.deepcopy(r)
print(c.a is r.a, d.a is r.a, c.b, d.b, c.extra)
class ListLike:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)
    def __reduce__(self):
        return (ListLike, (), None, iter([1, [2]]))
ll = copy.deepcopy(ListLike())
print(ll.items)
class DictLike(dict):
    def __reduce__(self):
        return (DictLike, (), None, None, iter([("k", [1])]))
print(copy.copy(DictLike()), type(copy.copy(DictLike())).__name__)
class Str:
    def __reduce__(self):
        return "global_name"
s = Str()
print(copy.copy(s) is s, copy.deepcopy(s) is s)
