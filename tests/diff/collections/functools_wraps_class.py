import functools
def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        r = fn(*args, **kwargs)
        print('call', fn.__name__, len(args), kwargs, '->', r)
        return r
    return inner
class Shape:
    @logged
    def area(self, scale=1):
        "area doc"
        return 4 * scale
print(Shape().area(), Shape().area(scale=2), Shape.area.__name__, Shape.area.__doc__, Shape.area.__qualname__)
@logged
@logged
def twice(x):
    return x
print(twice(3), twice.__wrapped__.__wrapped__ is not None, twice.__name__)
def counter(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return functools.update_wrapper(inner, fn)
@counter
def sq(x):
    return x * x
sq(2); sq(3); print(sq.calls, sq.__name__, sq.__dict__.get('calls'))
