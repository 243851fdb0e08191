from typing import List, Optional, get_type_hints


class Node:
    value: int
    next: "Optional[Node]"
    children: "List[Node]"


def link(a: Node, b: "Node" = None) -> None:
    pass


print(get_type_hints(link))
hints = get_type_hints(Node)
print(sorted(hints), hints["value"], hints["next"], hints["children"])


class Child(Node):
    label: str


print(list(get_type_hints(Child)))


def plain(x):
    return x


print(get_type_hints(plain))
