from typing import Optional, Union

print(Union[int] is int, Union[int, int] is int)
print(Union[int, str] == Union[str, int], Union[int, str].__args__)
print(Union[int, Union[str, bytes]], Union[int, Union[str, int]].__args__)
print(Optional[int].__args__, Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Union[None, int], Optional[Optional[int]], Optional[Union[int, str]])
print(Union[int, str] | None, hash(Union[int, str]) == hash(Union[str, int]))
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]))
print(issubclass(bool, Union[int, str]))
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Union()
except TypeError as e:
    print("TypeError:", e)
