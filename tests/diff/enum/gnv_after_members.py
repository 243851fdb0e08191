from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
try:
    class E(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print(e)
