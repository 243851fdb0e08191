from enum import StrEnum
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print(e)
class Ok(StrEnum):
    A = 'a'
try:
    Ok('b')
except ValueError as e:
    print(e)
print(repr(Ok), Ok.A.name, Ok.A.value)
