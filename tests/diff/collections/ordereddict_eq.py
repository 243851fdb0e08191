from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {'x': 1, 'y': 2})
print(a == OrderedDict([('x', 1), ('y', 2)]))
c = a.copy(); c.move_to_end('x'); print(c == b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict(a=1).move_to_end('b'))
t(lambda: OrderedDict().popitem(last=False))
print(a | {'z': 0}, type(a | {'z': 0}).__name__, {'z': 0} | a)
