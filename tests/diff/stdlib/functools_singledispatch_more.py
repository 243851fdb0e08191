import functools
@functools.singledispatch
def show(x):
    return "object:%r" % (x,)
@show.register
def _(x: int):
    return "int:%d" % x
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq:%d" % len(x)
@show.register(float)
def _(x):
    return "float:%.1f" % x
print(show(1), show(True), show(2.5), show([1, 2]), show((1,)), show("s"), show(None))
class Base: pass
class Derived(Base): pass
show.register(Base, lambda x: "base")
print(show(Derived()), show.dispatch(Derived) is show.dispatch(Base), sorted(t.__name__ for t in show.registry))
try:
    show()
except TypeError as e:
    print(type(e).__name__, e)
