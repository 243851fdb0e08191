import copy
l = [1, [2, 3], {"a": 4}]
c = copy.copy(l)
print(c, c is l, c[1] is l[1])
d = {"k": [1], "j": 2}
e = copy.copy(d); print(e, e is d, e["k"] is d["k"])
s = {1, 2, 3}; print(copy.copy(s), copy.copy(s) is s)
b = bytearray(b"ab"); b2 = copy.copy(b); b2[0] = 120; print(b, b2)
for x in [1, 2.5, "s", b"b", (1, 2), frozenset([1]), None, True, 3j, range(3), len, Ellipsis, NotImplemented, int]:
    print(repr(x), copy.copy(x) is x)
def f(): pass
print(copy.copy(f) is f)
