from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
    GAMMA = auto()
print([n.value for n in Named], Named('beta1'))
class Start(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100
    A = auto()
    B = auto()
print(Start.A.value, Start.B.value)
