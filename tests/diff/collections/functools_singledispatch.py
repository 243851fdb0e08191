from functools import singledispatch
@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
def show_str(x):
    return 'str ' + x
show.register(str, show_str)
class A:
    pass
class B(A):
    pass
@show.register(A)
def _(x):
    return 'an A: ' + type(x).__name__
print(show(1), show(True), show([1, 2]), show('s'), show(2.5), show(B()), show(A()))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
print(sorted([k.__name__ for k in show.registry]))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(1)
except TypeError as e:
    print('TypeError', e)
print(show.__name__)
