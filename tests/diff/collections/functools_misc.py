import functools
print(sorted([n for n in functools.__all__ if not n.startswith('_')])[:6])
@functools.cache
def f(n):
    return n * 2
print(f(3), f(3), f.cache_info(), type(f.cache_info()).__name__, f.cache_info().hits)
ci = f.cache_info()
print(ci.maxsize, ci.currsize, ci._fields, tuple(ci))
class Base:
    @functools.cached_property
    def val(self):
        return [1]
b = Base(); print(b.val is b.val)
key = functools.cmp_to_key(lambda a, b: b - a)
print(sorted(range(5), key=key))
