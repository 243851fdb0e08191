from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
class Base(Enum):
    def shout(self):
        return self.name.upper() + '!'
class Animal(Base):
    cat = 1
    dog = 2
print(Animal.cat.shout(), list(Animal))
