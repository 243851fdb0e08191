# __round__ named only as an attribute (the builtin is never called): the
# optional int/float rounding parts must still be installed.
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print((1234).__round__(-2), (True).__round__(), (-7.5).__round__(0))
f = (12.3456).__round__
print(f(1), f(), f(-1))
try:
    (1.5).__round__(1.5)
except TypeError as e:
    print("TypeError", e)
print(int.__round__(15, -1), float.__round__(0.125, 2))
