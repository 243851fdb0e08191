from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    SAT = 6
    SUN = 7
    @classmethod
    def weekend(cls):
        return [d for d in cls if d.value >= 6]
    @staticmethod
    def count():
        return 5
    def is_weekend(self):
        return self in Weekday.weekend()
print(Weekday.weekend(), Weekday.count(), Weekday.MON.is_weekend(), Weekday.SUN.is_weekend())
