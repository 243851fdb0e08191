from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Pri(int, Enum):
    LOW = 1
    HIGH = 2
print(Pri.LOW, repr(Pri.LOW), str(Pri.HIGH), format(Pri.HIGH), Pri.LOW + 1, Pri.LOW < Pri.HIGH, Pri(2))
print(isinstance(Pri.LOW, int), Pri.LOW == 1, repr(Pri))
