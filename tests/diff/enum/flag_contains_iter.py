from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Opt(Flag):
    A = 1
    B = 2
    C = 4
    D = 8
x = Opt.A | Opt.C | Opt.D
print([o.name for o in x], len(x), Opt.A | Opt.C in x, (Opt.A | Opt.B) in x)
print(x & Opt.C, x & Opt.B, Opt.C in Opt, 4 in Opt, 5 in Opt)
print(Opt(0) in x, list(Opt(0)), Opt(0).name)
