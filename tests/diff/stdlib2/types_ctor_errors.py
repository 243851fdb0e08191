import types

try:
    print('types.MethodType(1, 2)', repr(types.MethodType(1, 2)))
except Exception as x:
    print('types.MethodType(1, 2)', type(x).__name__, x)
try:
    print('types.MethodType(len, None)', repr(types.MethodType(len, None)))
except Exception as x:
    print('types.MethodType(len, None)', type(x).__name__, x)
try:
    print('types.MethodType(len)', repr(types.MethodType(len)))
except Exception as x:
    print('types.MethodType(len)', type(x).__name__, x)
try:
    print('types.MethodType(len, 1, 2)', repr(types.MethodType(len, 1, 2)))
except Exception as x:
    print('types.MethodType(len, 1, 2)', type(x).__name__, x)
try:
    print('types.MethodType(f=len, obj=1)', repr(types.MethodType(f=len, obj=1)))
except Exception as x:
    print('types.MethodType(f=len, obj=1)', type(x).__name__, x)
try:
    print('types.GenericAlias(list)', repr(types.GenericAlias(list)))
except Exception as x:
    print('types.GenericAlias(list)', type(x).__name__, x)
try:
    print('types.GenericAlias(list, int, 3)', repr(types.GenericAlias(list, int, 3)))
except Exception as x:
    print('types.GenericAlias(list, int, 3)', type(x).__name__, x)
try:
    print('types.GenericAlias(list, int)', repr(types.GenericAlias(list, int)))
except Exception as x:
    print('types.GenericAlias(list, int)', type(x).__name__, x)
try:
    print('types.GenericAlias(dict, (str, int))', repr(types.GenericAlias(dict, (str, int))))
except Exception as x:
    print('types.GenericAlias(dict, (str, int))', type(x).__name__, x)
try:
    print('types.GenericAlias(origin=list, args=int)', repr(types.GenericAlias(origin=list, args=int)))
except Exception as x:
    print('types.GenericAlias(origin=list, args=int)', type(x).__name__, x)
try:
    print('types.MethodType(print, 5)()', repr(types.MethodType(print, 5)()))
except Exception as x:
    print('types.MethodType(print, 5)()', type(x).__name__, x)
