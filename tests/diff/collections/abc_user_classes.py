from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, Mapping, Collection
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class Sz:
    def __len__(self): return 0
class Cn:
    def __contains__(self, x): return False
class Un:
    __hash__ = None
class Cl:
    def __call__(self): pass
class All(Sz, Cn, OnlyIter):
    pass
class Plain:
    pass
for c in (It, OnlyIter, Sz, Cn, Un, Cl, All, Plain):
    print(c.__name__, [issubclass(c, a) for a in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, Mapping)],
          isinstance(c(), Iterable))
