from functools import singledispatch
from collections.abc import Mapping, Sequence
@singledispatch
def kind(x):
    return 'other'
@kind.register(Mapping)
def _(x):
    return 'mapping'
@kind.register(Sequence)
def _(x):
    return 'sequence'
@kind.register(int)
@kind.register(float)
def _(x):
    return 'number'
print(kind({}), kind([]), kind(()), kind('s'), kind(1), kind(2.0), kind(None), kind(set()))
class MyList(list):
    pass
print(kind(MyList()))
@kind.register(bool)
def _(x):
    return 'bool'
print(kind(True), kind(3))
@singledispatch
def twice(x, times=2):
    return [x] * times
@twice.register(str)
def _(x, times=2):
    return x * times
print(twice(1), twice('ab', times=3), twice([0], 1))
