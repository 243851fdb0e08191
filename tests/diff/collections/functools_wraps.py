import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k) * 2
    return wrapper
@deco
def double(x):
    "Return x."
    return x
print(double(4), double.__name__, double.__doc__, double.__qualname__, double.__module__)
print(double.__wrapped__(4), double.__wrapped__.__name__)
def other():
    pass
other.custom = 'yes'
def w2():
    "w2 doc"
r = functools.update_wrapper(w2, other)
print(r is w2, w2.__name__, w2.__doc__, w2.custom, w2.__wrapped__ is other)
def w3():
    pass
functools.update_wrapper(w3, other, assigned=('__doc__',), updated=())
print(w3.__name__, hasattr(w3, 'custom'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class C:
    def meth(self):
        "m"
        return 1
print(deco(C.meth).__qualname__)
