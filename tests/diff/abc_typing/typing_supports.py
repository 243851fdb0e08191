from typing import SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, SupportsRound

print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-1, SupportsAbs))
print(isinstance(1.5, SupportsRound), issubclass(bool, SupportsIndex))


class Num:
    def __int__(self):
        return 7


print(isinstance(Num(), SupportsInt), int(Num()))
