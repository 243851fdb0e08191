# Attribute values are released when the instance dies, in insertion order,
# and __del__ sees the attributes; copy and deepcopy keep them.
import copy


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Holder:
    def __init__(self):
        self.first = Noisy("first")
        self.second = Noisy("second")

    def __del__(self):
        print("holder del sees", self.first.tag, self.second.tag)


h = Holder()
h.third = Noisy("third")
del h
print("--")
h2 = Holder()
h2.second = Noisy("second'")
del h2
print("--")


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)


p = Pt([1], {"k": 2})
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(3)
print(q, r, vars(q) == vars(p), q.x is p.x, r.x is p.x)


class GetAttr:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "fallback:" + name


g = GetAttr()
print(g.real, g.virtual)
del g.real
print(g.real)


class SetAttr:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


s = SetAttr()
s.b = 5
print(vars(s))
