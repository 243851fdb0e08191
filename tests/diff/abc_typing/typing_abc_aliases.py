from typing import (Container, Hashable, Iterable, Iterator, Mapping, MutableMapping,
                    MutableSequence, Sequence, Sized)

print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator))
print(isinstance([], Iterator), isinstance("s", Sequence), isinstance({}, Mapping))
print(isinstance({}, MutableMapping), isinstance((), MutableSequence), isinstance([], Sized))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance({1}, Container))


class Bag:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return 2


print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Iterator))
print(issubclass(Bag, Iterable), issubclass(int, Sized))
print(Iterable, Sequence[int], Mapping[str, Iterable[int]])
