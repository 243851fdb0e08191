from collections.abc import Sequence, Mapping, Iterable, Sized
class Thing:
    pass
print(issubclass(Thing, Sequence), isinstance(Thing(), Sequence))
Sequence.register(Thing)
print(issubclass(Thing, Sequence), isinstance(Thing(), Sequence), issubclass(Thing, Iterable))
class Sub(Thing):
    pass
print(issubclass(Sub, Sequence), issubclass(Sub, Mapping))
r = Mapping.register(Sub)
print(r is Sub, issubclass(Sub, Mapping))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Sized))
try:
    issubclass(1, Sized)
except TypeError as e:
    print('TypeError', e)
