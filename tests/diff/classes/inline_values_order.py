# Instance attributes kept inline (fixed layout) must behave exactly like a
# dict: insertion order per instance, __dict__ identity and sync, deletion.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx
        return self


a = P(1, 2)
b = P(3, 4)
b.z = 5
c = P(6, 7)
c.w = 8          # a name out of the class's key order
c.z = 9
print(vars(a), vars(b), vars(c))

# Attributes assigned in another order than the class's keys.
d = P.__new__(P)
d.y = 10
d.x = 11
print(vars(d), d.x, d.y)

# __dict__ is live: later stores show in it, stores into it show as attributes.
e = P(1, 1)
dd = e.__dict__
e.t = 3
print(dd, dd is e.__dict__)
dd["u"] = 4
print(e.u, sorted(dir(e))[-5:])
e.__dict__.clear()
try:
    e.x
except AttributeError as ex:
    print(type(ex).__name__, ex)
e.x = 5
print(vars(e))

# Deleting and re-adding moves the name to the end.
f = P(1, 2)
del f.x
print(vars(f))
f.x = 3
print(vars(f), f.move(2).x)
try:
    del f.nope
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    print(f.missing)
except AttributeError as ex:
    print(type(ex).__name__, ex)

# Replacing __dict__.
g = P(0, 0)
g.__dict__ = {"q": 1, "x": 2}
print(g.q, g.x, vars(g))
try:
    g.y
except AttributeError as ex:
    print(type(ex).__name__, ex)

# Many attributes (more than any inline layout holds), set dynamically.
h = P(0, 0)
for i in range(80):
    setattr(h, "a" + str(i), i)
print(len(vars(h)), h.a79, list(vars(h))[:4], sum(getattr(h, "a" + str(i)) for i in range(80)))

# Names built at run time and str subclasses as names.
class S(str):
    pass


k = P(1, 2)
name = "".join(["x"])
print(getattr(k, name), hasattr(k, "".join(["y"])))
setattr(k, S("x"), 42)
print(k.x, vars(k))


# A method defined before __init__ stores other names; a subclass sets its
# own attributes before calling the base __init__; instances disagree on order.
class Early:
    def reset(self):
        self.z = 0
        self.y = 0

    def __init__(self, a):
        self.a = a
        self.b = a * 2


class Late(Early):
    def __init__(self, a):
        self.mine = "first"
        super().__init__(a)
        self.last = True


objs = [Early(1), Late(2), Early(3), Late(4)]
objs[0].reset()
objs[3].reset()
for o in objs:
    print(type(o).__name__, vars(o))
mixed = Late.__new__(Late)
mixed.last = 1
mixed.a = 2
mixed.mine = 3
print(vars(mixed), [vars(Late(5)) for _ in range(2)])
