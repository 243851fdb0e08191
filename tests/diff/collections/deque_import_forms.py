import collections
from collections import deque as D
import collections.abc
print(collections.deque is D, collections.deque([1]), D.__name__)
print(isinstance(D(), collections.abc.MutableSequence), isinstance(D(), collections.abc.Sequence))
print(collections.abc.Mapping.__name__, collections.abc.Mapping.__module__)
print(sorted(collections.__all__))
from collections.abc import Hashable
print(isinstance(D(), Hashable), isinstance((), Hashable))
