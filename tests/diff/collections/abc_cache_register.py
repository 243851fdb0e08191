from collections.abc import Sized, Iterable, Container, Sequence
class X:
    pass
print(isinstance(X(), Sequence), isinstance(X(), Sized))
Sequence.register(X)
print(isinstance(X(), Sequence), isinstance(X(), Sized))
class Y:
    def __len__(self):
        return 3
print(isinstance(Y(), Sized), isinstance(Y(), Iterable), issubclass(Y, Container))
class Z(Sequence):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
    def __len__(self):
        return 2
print(isinstance(Z(), Sequence), isinstance(Z(), Iterable), list(Z()), 1 in Z(), Z().index(1))
class W(Z):
    pass
print(issubclass(W, Sequence), issubclass(W, Sized), isinstance([], Z))
