# Binary operators between two instances of one class: the class's own
# compiled method is entered directly, with CPython's results for
# NotImplemented, missing methods, non-function attributes and mutation.
import operator


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __sub__(self, other):
        if other.x == 0:
            return NotImplemented
        return V(self.x - other.x)

    def __mul__(self, other):
        return self.x * other.x

    def __rmul__(self, other):
        return ("rmul", self.x, other)

    def __radd__(self, other):
        return ("radd", self.x, other)

    def __truediv__(self, other):
        raise ZeroDivisionError("V division")

    def __repr__(self):
        return f"V({self.x})"


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b, z = V(5), V(3), V(0)
show("add", lambda: a + b)
show("sub", lambda: a - b)
show("sub notimpl", lambda: a - z)
show("mul", lambda: a * b)
show("rmul int", lambda: 2 * a)
show("radd int", lambda: 2 + a)
show("div", lambda: a / b)
show("floordiv missing", lambda: a // b)
show("sum", lambda: sum([a, b, z], V(100)))
show("operator.add", lambda: operator.add(a, b))
total = V(0)
for i in range(5):
    total += V(i)
print("iadd fallback", total)


class OnlyR:
    def __radd__(self, other):
        return "radd"


show("only radd same type", lambda: OnlyR() + OnlyR())
show("only radd int", lambda: 1 + OnlyR())


class CallableAdd:
    def __call__(self, a, b):
        return ("callable", a.tag, b.tag)


class Odd:
    __add__ = CallableAdd()
    __sub__ = staticmethod(lambda a, b: ("static", a, b))
    __mul__ = lambda self, other: ("lambda", self.tag, other.tag)

    def __init__(self, tag):
        self.tag = tag


o1, o2 = Odd(1), Odd(2)
show("callable instance as __add__", lambda: o1 + o2)
show("staticmethod __sub__", lambda: o1 - o2)
show("lambda __mul__", lambda: o1 * o2)

# Instance attributes never take part in operator lookup.
a.__add__ = lambda other: "instance"
show("instance attr ignored", lambda: a + b)

# Mutating the class changes the result at the same call site.
def run():
    return a + b


print("before", run())
V.__add__ = lambda self, other: ("patched", self.x, other.x)
print("patched", run())
del V.__add__
show("deleted", run)


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return ("Base.add", type(self).__name__, type(other).__name__)

    def __radd__(self, other):
        return ("Base.radd", type(self).__name__, type(other).__name__)


class Derived(Base):
    def __radd__(self, other):
        return ("Derived.radd", type(self).__name__, type(other).__name__)


show("base+base", lambda: Base(1) + Base(2))
show("derived+derived", lambda: Derived(1) + Derived(2))
show("base+derived", lambda: Base(1) + Derived(2))
show("derived+base", lambda: Derived(1) + Base(2))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __and__(self, other):
        return Cmp(self.v & other.v)

    def __pow__(self, other):
        return self.v ** other.v


print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v)
print((Cmp(6) & Cmp(3)).v, Cmp(2) ** Cmp(5))
a / b
