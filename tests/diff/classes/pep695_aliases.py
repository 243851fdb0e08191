# PEP 695 `type` statements: typing.TypeAliasType objects with lazy values.
import typing

type IntOrStr = int | str
print(IntOrStr, repr(IntOrStr), type(IntOrStr) is typing.TypeAliasType)
print(type(IntOrStr).__name__, IntOrStr.__name__, IntOrStr.__module__)
print(IntOrStr.__value__)
print(IntOrStr.__type_params__, IntOrStr.__parameters__)

type ListOf[T] = list[T]
print(ListOf, ListOf.__type_params__, ListOf.__parameters__)
print(ListOf.__value__)
print(ListOf[int], ListOf[int].__origin__ is ListOf, ListOf[int].__args__)
(T,) = ListOf.__type_params__
print(type(T) is typing.TypeVar, T.__infer_variance__, ListOf.__value__.__args__[0] is T)

try:
    IntOrStr[int]
except TypeError as e:
    print(type(e).__name__, e)

# the value is evaluated lazily, so it may refer to names defined later
type Later = Forward
class Forward:
    pass
print(Later.__value__)

# an error in the value surfaces only when __value__ is read
type Broken = undefined_name_xyz
print("defined", Broken)
for _ in range(2):
    try:
        Broken.__value__
    except NameError as e:
        print(type(e).__name__, e)

type Bad = 1 / 0
try:
    Bad.__value__
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# the value is computed once
count = 0
def counted():
    global count
    count += 1
    return int
type Once = counted()
print(count, Once.__value__, Once.__value__, count)

# recursive aliases
type Tree = list[Tree] | int
print(Tree.__value__)

# by hand
A = typing.TypeAliasType("A", int)
print(A, A.__name__, A.__value__, A.__type_params__)
U = typing.TypeVar("U")
B = typing.TypeAliasType("B", list[U], type_params=(U,))
print(B, B.__value__, B.__type_params__, B[str])
try:
    typing.TypeAliasType(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    typing.TypeAliasType("C", int, type_params=[U])
except TypeError as e:
    print(type(e).__name__, e)

# in a function, closing over locals
def local_alias():
    x = dict
    type D[K] = x[K, int]
    return D
D = local_alias()
print(D, D.__value__, D.__type_params__)
