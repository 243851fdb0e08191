# OrderedDict and defaultdict are C types in CPython named
# "collections.OrderedDict"/"collections.defaultdict": messages that show the
# type's C name carry the prefix; __name__, __qualname__, __module__, reprs
# and subclasses' names do not. Counter, ChainMap and UserDict are Python
# classes in CPython too.
from collections import OrderedDict, defaultdict, Counter, ChainMap, UserDict, deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for C in (OrderedDict, defaultdict, deque, Counter):
    print(C.__name__, C.__qualname__, C.__module__, repr(C), str(C))
od = OrderedDict(a=1)
dd = defaultdict(int)
t(lambda: od.foo)
t(lambda: dd.foo)
t(lambda: od + 1)
t(lambda: 1 - dd)
t(lambda: od())
t(lambda: dd())
t(lambda: od < od)
t(lambda: dd < 3)
t(lambda: {dd})
t(lambda: hash(od))
t(lambda: int(od))
t(lambda: type(od).__name__)
t(lambda: type(dd).__qualname__)
t(lambda: dd.__class__)
t(lambda: format(od, 'x'))
t(lambda: "%d" % od)
t(lambda: sum([od]))
t(lambda: abs(dd))
t(lambda: -od)
t(lambda: next(od))
t(lambda: OrderedDict.foo)


class OD(OrderedDict):
    pass


class DD(defaultdict):
    pass


t(lambda: hash(OD()))
t(lambda: OD().foo)
t(lambda: DD(int).foo)
t(lambda: OD.__name__)
t(lambda: repr(DD(int)))
t(lambda: repr(OD(a=1)))
t(lambda: repr(dd))
t(lambda: repr(od))
t(lambda: od.keys().foo)
t(lambda: od.items()[0])
t(lambda: Counter().foo)
t(lambda: hash(ChainMap()))
t(lambda: hash(UserDict()))
t(lambda: hash(deque()))
t(lambda: '__molt_tp_name__' in vars(OrderedDict))
hash(dd)
