from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4
m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m + 0, m * 2, m >> 1, -Mode.EXEC, repr(m ^ 3))
print(Mode.READ in m, Mode.EXEC in m, list(m), len(m), repr(~m))
print(sorted([Mode.EXEC, Mode.READ]), Mode(3) is m)
