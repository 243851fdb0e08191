from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
try:
    Perm(9)
except ValueError as e:
    print(e)
try:
    Perm('a')
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    3 in Perm.R
except TypeError as e:
    print(e)
