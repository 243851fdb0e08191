# Attribute reads and writes of __slots__ fields through one code site for
# several classes: unset and deleted slots raise AttributeError, a class
# attribute or property added later takes over, subclasses with more slots.
class A:
    __slots__ = ('x', 'y')


class B(A):
    __slots__ = ('z',)


class C:
    __slots__ = ('y', 'x')


class D:
    def __init__(self):
        self.x = 'dict-x'
        self.y = 'dict-y'


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def get_y(o):
    return o.y


objs = [A(), B(), C(), D()]
for i, o in enumerate(objs):
    try:
        print(type(o).__name__, get_x(o))
    except AttributeError as e:
        print(type(o).__name__, 'AttributeError:', e)
for round_ in range(3):
    for i, o in enumerate(objs):
        set_x(o, (round_, i))
        print(type(o).__name__, get_x(o), end='; ')
    print()
for o in objs:
    del o.x
    try:
        get_x(o)
    except AttributeError as e:
        print('after del:', e)
    set_x(o, 'again')
    print(get_x(o))

a = A()
a.y = 1
print(get_y(a))
del a.y
try:
    get_y(a)
except AttributeError as e:
    print(e)


# a data descriptor replacing the slot on the class: reads go through it now
def yprop(self):
    return 'property y'


A.y = property(yprop)
b = A()
print(get_y(b))
try:
    b.y = 5
except AttributeError as e:
    print('AttributeError:', e)


# many receiver types at one site
classes = []
for k in range(6):
    classes.append(type(f'K{k}', (), {'__slots__': ('x',)}))
for rep in range(2):
    for k, cls in enumerate(classes):
        o = cls()
        set_x(o, k * 10 + rep)
        print(get_x(o), end=' ')
    print()


# a write site filled for A's slot, then A.x becomes a property with a setter
def xset(self, v):
    print('setter got', v)


a = A()
set_x(a, 1)
set_x(a, 2)
A.x = property(lambda self: 'prop x', xset)
set_x(a, 3)
print(get_x(a))
