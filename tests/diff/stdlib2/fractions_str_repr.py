from fractions import Fraction as F
for f in [F(1, 3), F(-4, 6), F(0), F(10**25, 7), F(5), F(-5)]:
    print(str(f), repr(f), f"{f}", "%s" % f, [f], (f,), {f: 1})
class Named(F):
    pass
print(repr(Named(2, 4)), str(Named(2, 4)), Named(3))
