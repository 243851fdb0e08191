class A:
    pass


a = A()
b = A()
print(a == a, a == b, a != b, a is b)
print(a in [b, a], a in [b])
print([a, b].index(b))
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
s = {a, b, a}
print(len(s))
print(hash(a) == hash(a))
print(bool(a))
