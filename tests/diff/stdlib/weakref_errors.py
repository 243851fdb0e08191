# Objects that cannot be weakly referenced, argument errors, hashing dead refs.
import weakref
for v in [1, 2.5, "s", b"b", (1, 2), [1], {1: 2}, None, True, 3j, range(3), 10 ** 30, Ellipsis]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
class IntSub(int):
    pass
class ListSub(list):
    pass
for v in [Slotted(), IntSub(3)]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(type(e).__name__, e)
s = SlottedWeak()
print(weakref.ref(s)() is s)
l = ListSub([1, 2])
print(weakref.ref(l)())
class A:
    pass
a = A()
r = weakref.ref(a)
for thunk in [lambda: r(1), lambda: weakref.ref(), lambda: weakref.ref(a, None, 3), lambda: weakref.ref(a, callback=None), lambda: r < r]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
dead = weakref.ref(A())
try:
    hash(dead)
except TypeError as e:
    print(type(e).__name__, e)
