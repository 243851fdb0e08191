from typing import (Annotated, Any, Callable, Dict, Generic, List, Literal, Optional, Tuple,
                    TypeVar, Union, get_args, get_origin)

T = TypeVar("T")
for hint in (List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int], str],
             Callable[..., str], Tuple[int, ...], Literal[1, 2], Annotated[int, "meta"],
             list[int], int, Any, Generic, Generic[T], int | str):
    print(get_origin(hint), get_args(hint))
