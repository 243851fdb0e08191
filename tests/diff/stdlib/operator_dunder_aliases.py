import operator as op
pairs = [('add', '__add__'), ('lt', '__lt__'), ('not_', '__not__'), ('getitem', '__getitem__'), ('iadd', '__iadd__'),
         ('inv', '__inv__'), ('invert', '__invert__'), ('index', '__index__'), ('call', '__call__'), ('abs', '__abs__')]
for a, b in pairs:
    print(a, getattr(op, a) is getattr(op, b), getattr(op, b))
print(hasattr(op, '__is__'), hasattr(op, '__countOf__'), op.truth, op.length_hint)
