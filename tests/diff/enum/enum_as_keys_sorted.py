from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class P(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
tasks = [('b', P.HIGH), ('a', P.LOW), ('c', P.MID)]
print(sorted(tasks, key=lambda t: t[1]))
print(max(P), min(P), sum(P), P.MID // 2, divmod(P.HIGH, 3))
