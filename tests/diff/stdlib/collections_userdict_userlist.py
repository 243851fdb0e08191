from collections import UserDict, UserList
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({"A": 1})
d["B"] = 2
d.update(C=3)
print(d, d.data, "a" in d, len(d), d.get("b"), sorted(d.keys()), d.pop("c"), d.copy())
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.data, s.pop(), s[0], len(s), s + [9], [0] + s, s * 2, s == [1, 2], isinstance(s + [1], Stack))
s.extend((4, 5))
s.sort(reverse=True)
print(s, s.index(4), s.count(1), s[1:3], type(s[1:3]).__name__)
