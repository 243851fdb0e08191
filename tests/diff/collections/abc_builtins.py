from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Collection, Reversible, KeysView, ItemsView,
                             ValuesView, MappingView)
from collections import deque, OrderedDict, Counter, defaultdict
vals = [[1], (1,), 'ab', b'ab', bytearray(b'x'), {1: 2}, {1}, frozenset(), range(3),
        iter([]), 5, 2.5, None, len, deque(), OrderedDict(), Counter(), defaultdict(int),
        {}.keys(), {}.items(), {}.values()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, KeysView, ItemsView,
        ValuesView, MappingView]
for v in vals:
    print(type(v).__name__, ''.join(['1' if isinstance(v, a) else '0' for a in abcs]))
