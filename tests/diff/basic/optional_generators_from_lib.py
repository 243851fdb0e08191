# The program defines no generator of its own: its generators come from a
# library module (weakref.WeakValueDictionary's methods are generator
# functions), so the optional generator part must still be installed.
import weakref


class Node:
    def __init__(self, name):
        self.name = name


nodes = [Node("a"), Node("b"), Node("c")]
table = weakref.WeakValueDictionary()
for n in nodes:
    table[n.name] = n
it = table.keys()
print(type(it).__name__, it.__class__.__name__)
print(repr(it).startswith("<generator object"))
print(next(it), sorted(table.keys()), sorted(v.name for v in table.values()))
print(it.gi_running, it.gi_frame is not None, it.__name__)
it.close()
print(it.gi_frame, list(it))
values = table.values()
try:
    values.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError", e)
print(list(values))
items = table.items()
print(items.send(None)[0] in "abc")
try:
    items.send(1, 2)
except TypeError as e:
    print("TypeError", e)
