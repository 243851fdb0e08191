from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord.X, Coord.X.value, Coord.X.label, Coord(2), Coord(2).label)
try:
    Coord((1, 'ex'))
except ValueError as e:
    print(e)
class Code(int, Enum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    OK = (200, 'fine')
    NF = (404, 'missing')
print(Code.OK, repr(Code.NF), Code.NF.doc, Code(404), Code.OK + 1)
