from typing import Dict, Generic, List, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._items: Dict[K, V] = {}

    def add(self, key: K, value: V) -> None:
        self._items[key] = value

    def get(self, key: K) -> Optional[V]:
        return self._items.get(key)

    def keys(self) -> List[K]:
        return sorted(self._items)


r: Registry[str, int] = Registry()
r.add("b", 2)
r.add("a", 1)
print(r.keys(), r.get("a"), r.get("zz"))
typed = Registry[str, int]()
typed.add("x", 9)
print(typed.keys(), typed.__orig_class__, type(typed) is Registry)
print(Registry.__parameters__, Registry[int, str].__parameters__)
print(Registry[K, int].__parameters__, Registry[K, int][str])
