from typing import Dict, List, Set, Tuple

print(List[int] == List[int], List[int] != List[str], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Tuple[int, ...].__args__)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, Dict[str, int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], List), isinstance({}, Dict), isinstance(set(), Set), issubclass(tuple, Tuple))
for hint in (List, Dict, Set, Tuple):
    try:
        hint()
    except TypeError as e:
        print("TypeError:", e)
try:
    Dict[int]
except TypeError as e:
    print("TypeError:", e)
