# Construction through a module class's known __init__ (the compiler enters
# the __init__ body directly while the class stays plain) and every way a
# class can stop being plain at run time.
import weakref


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Sub(Vec):
    __slots__ = ("z",)


class Counted:
    made = 0

    def __init__(self, tag):
        Counted.made += 1
        self.tag = tag


class Returns:
    def __init__(self, v):
        self.v = v
        if v == "bad":
            return 42


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


class SelfDeleting:
    def __init__(self, a):
        del SelfDeleting.__init__
        self.a = a


class Recursive:
    def __init__(self, n):
        self.child = Recursive(n - 1) if n else None


class WithDel:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("vec", lambda: Vec(1, 2))
show("vec kw", lambda: Vec(y=2, x=1))
show("vec few", lambda: Vec(1))
show("vec many", lambda: Vec(1, 2, 3))
show("point default", lambda: vars(Point(5)))
show("point both", lambda: vars(Point(5, 6)))
show("sub", lambda: Sub(3, 4))
s = Sub(3, 4)
s.z = 9
print(s.x, s.y, s.z, type(s).__name__)
for i in range(3):
    Counted(i)
print("counted", Counted.made)
show("returns ok", lambda: Returns("ok").v)
show("returns bad", lambda: Returns("bad"))
show("raises ok", lambda: Raises(3).n)
show("raises", lambda: Raises(-1))
x = SelfDeleting(1)
print("self deleting", x.a, "__init__" in SelfDeleting.__dict__)
show("self deleting again", lambda: SelfDeleting(2))
r = Recursive(50)
depth = 0
while r.child is not None:
    r = r.child
    depth += 1
print("depth", depth)
show("too deep", lambda: Recursive(100000))
w = WithDel("a")
w = None
print("after del")
WithDel("b")
print("temporary gone")

# weak references to plain instances are cleared when they die
class Node:
    def __init__(self, v):
        self.v = v


n = Node(1)
ref = weakref.ref(n)
print("alive", ref() is n)
del n
print("cleared", ref() is None)

# The class changes after its first calls: the known body must no longer run.
print(Vec(1, 2))


def other_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


Vec.__init__ = other_init
print("replaced", Vec(1, 2))
del Vec.__init__
show("deleted", lambda: Vec(1, 2))


def vec_new(cls, *args):
    obj = object.__new__(cls)
    obj.x = "new"
    obj.y = "new"
    return obj


def keep_init(self, x, y):
    print("keep_init", self.x, x, y)


Vec.__new__ = vec_new
Vec.__init__ = keep_init
show("custom new", lambda: Vec(7, 8))


# A metaclass with __call__ and an abstract class never take the plain path.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(4).a)

from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, n):
        self.n = n

    @abstractmethod
    def area(self):
        ...


show("abstract", lambda: Shape(1))


class Square(Shape):
    def area(self):
        return self.n * self.n


print(Square(3).area())

# __init__ defined twice: the last definition wins.
class Twice:
    def __init__(self, a):
        self.a = ("first", a)

    def __init__(self, a):
        self.a = ("second", a)


print(Twice(1).a)

# A class decorator that returns something else.
def wrap(cls):
    return lambda *a: ("wrapped", cls.__name__, a)


@wrap
class Decorated:
    def __init__(self, a):
        self.a = a


print(Decorated(1))
Raises(-5)
