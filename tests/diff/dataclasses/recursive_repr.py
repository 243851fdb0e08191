from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None
root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(child)
n = Node(5)
n.parent = n
print(n)
