import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k) * 2
    return wrapper
@deco
def add(x, y):
    """Add two numbers."""
    return x + y
add.extra = 1
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(2, 3), add.__qualname__)
def plain(): pass
plain.custom = "c"
w = functools.update_wrapper(lambda: 1, plain)
print(w.__name__, w.custom, w.__wrapped__ is plain)
def other(): pass
other.__dict__["x"] = 5
w2 = functools.update_wrapper(lambda: 0, other, assigned=("__doc__",), updated=())
print(w2.__name__, hasattr(w2, "x"), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
