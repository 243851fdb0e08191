from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List,
                    Literal, Mapping, NoReturn, Optional, Sequence, Set, Tuple, Type, Union)

for hint in (Optional[int], Union[int, str], Union[int, None, str], List[int], List,
             Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int], str],
             Callable[..., int], Callable[[], None], Any, ClassVar[int], Final[int],
             Literal[1, "a"], Set[bytes], FrozenSet[int], Type[int], Iterable[int],
             Iterator[str], Sequence[str], Mapping[str, int], NoReturn, Callable, Tuple,
             Optional[List[int]], Dict[str, List[Optional[int]]], Union[int, List[str]]):
    print(repr(hint))
