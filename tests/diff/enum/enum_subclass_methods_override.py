from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Base(Enum):
    def label(self):
        return 'base:' + self.name
    @classmethod
    def _missing_(cls, value):
        return cls.DEFAULT if 'DEFAULT' in cls.__members__ else None
class Sub(Base):
    DEFAULT = 0
    A = 1
    def label(self):
        return 'sub:' + self.name
print(Sub.A.label(), Sub(42), Sub(1))
