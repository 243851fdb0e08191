from typing import Dict, List, Optional, get_type_hints


class Tree:
    left: "Optional[Tree]"
    right: "Optional[Tree]"
    data: "Dict[str, List[int]]"

    def walk(self, depth: "int" = 0) -> "List[Tree]":
        return []


h = get_type_hints(Tree)
print(h["left"], h["data"])
print(get_type_hints(Tree.walk))


def f(a: None, b: "None") -> "float":
    pass


print(get_type_hints(f))
