import string
f = string.Formatter()
class P:
    def __init__(self):
        self.x = 1
        self.items = {"k": "v"}
p = P()
print(f.format("{0.x} {0.items[k]} {1[0]}", p, [9]))
print(f.format("{a[0][1]}", a=[[1, 2]]))
print(f.format("{0!a}", "é"))
print(f.format("{0:{1}}", 5, "03d"))
for lit, name, spec, conv in f.parse("x{0}y{a!s}z{b:>{w}}"):
    print(repr(lit), repr(name), repr(spec), repr(conv))
try:
    f.format("{0.}", p)
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)
try:
    f.format("{5}", 1)
except IndexError as e:
    print("IndexError", e)
