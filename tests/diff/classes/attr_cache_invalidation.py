# Attribute sites must see every change that can alter what `o.x` means:
# class mutation (data descriptors added later, on the class or a base),
# deleting instance attributes, dict rebuilds, __class__ assignment,
# replacing __dict__, and polymorphic receivers at one site.


class Base:
    pass


class Sub(Base):
    def __init__(self, v):
        self.x = v


def read(o):
    return o.x


def write(o, v):
    o.x = v


s = Sub(1)
for _ in range(3):
    print(read(s))
# A data descriptor added to the base class later wins over the instance dict.
Base.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read(s))
write(s, 5)
print(s.__dict__)
del Base.x
print(read(s))

# Deleting the instance attribute falls back to the class attribute.
class WithDefault:
    x = "class-level"

    def __init__(self):
        self.x = "instance"


w = WithDefault()
print(read(w), read(w))
del w.x
print(read(w))
write(w, "again")
print(read(w), WithDefault.x)

# Many inserts rebuild the instance dict: entry numbers move.
class Bag:
    pass


b = Bag()
b.x = 0
for i in range(3):
    write(b, i)
    print(read(b))
del b.x
for i in range(50):
    setattr(b, "a%d" % i, i)
b.x = "after rebuild"
print(read(b))
for i in range(0, 50, 2):
    delattr(b, "a%d" % i)
for i in range(100):
    setattr(b, "z%d" % i, i)
print(read(b), len(b.__dict__))

# __class__ assignment.
class A:
    def __init__(self):
        self.x = "A"


class B:
    x = property(lambda self: "B-prop")


a = A()
print(read(a))
a.__class__ = B
print(read(a))

# Replacing __dict__, keys made at run time (not the same str object).
class D:
    pass


d = D()
d.x = 1
print(read(d))
d.__dict__ = {"".join(["x"]): "computed key"}
print(read(d))
d.__dict__ = {}
try:
    read(d)
except AttributeError as e:
    print("AttributeError", e)

# Polymorphic site.
class P1:
    def __init__(self):
        self.x = "p1"


class P2:
    def __init__(self):
        self.y = 0
        self.x = "p2"


for o in [P1(), P2(), P1(), P2(), s, w]:
    print(read(o))

# A method shadowed by an instance attribute, then unshadowed.
class M:
    def x(self):
        return "method"


m = M()
print(read(m)())
m.x = lambda: "instance callable"
print(read(m)())
del m.x
print(read(m)())

# __getattr__ / __setattr__ added to a class later.
class G:
    def __init__(self):
        self.x = 1


g = G()
print(read(g))
del g.x
G.__getattr__ = lambda self, name: "fallback " + name
print(read(g))
G.__setattr__ = lambda self, name, v: print("intercepted", name, v)
write(g, 9)
print(g.__dict__)

# __slots__ instances at the same site.
class S:
    __slots__ = ("x",)


sl = S()
write(sl, "slot")
print(read(sl))
del sl.x
try:
    read(sl)
except AttributeError as e:
    print("AttributeError", e)

# __slots__ fields at cached sites: empty slots, a slot replaced on the
# class, a member descriptor borrowed by an unrelated class.
class V:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


vs = [V(i) for i in range(3)]
for v in vs:
    write(v, read(v) + 10)
    print(read(v))
del vs[0].x
try:
    read(vs[0])
except AttributeError as e:
    print("AttributeError", e)
write(vs[0], "back")
print(read(vs[0]))


class Borrow:
    x = V.x


try:
    read(Borrow())
except TypeError as e:
    print("TypeError", e)
try:
    write(Borrow(), 1)
except TypeError as e:
    print("TypeError", e)
V.x = "class attribute now"
print(read(vs[1]))
try:
    write(vs[1], 5)
except AttributeError as e:
    print("AttributeError", e)


class VD(V):
    pass


vd = VD(7)
vd.z = 1
print(read(vd), vd.z, vd.__dict__)
