import copy
l = [1, [2, 3], (4, [5])]
l.append(l)
m = copy.deepcopy(l)
print(m[3] is m, m[1] is l[1], m[2] is l[2], m[2][1] is l[2][1], m[:3])
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
dd = {"k": [1], "j": {"n": (1, 2)}}; ee = copy.deepcopy(dd); print(ee, ee["k"] is dd["k"], ee["j"]["n"] is dd["j"]["n"])
memo = {}; z = [1]; r1 = copy.deepcopy([z, z], memo); print(r1[0] is r1[1], len(memo))
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset([1, 2])), copy.deepcopy(bytearray(b"x")))
print(copy.deepcopy(None), copy.deepcopy(1.5), copy.deepcopy(2**100), copy.deepcopy("s"))
shared = [0]
x = {"a": shared, "b": shared}
y = copy.deepcopy(x)
y["a"].append(1)
print(y, x)
