from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class E(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'nope'
try:
    E(5)
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
class F(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
try:
    F(5)
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
