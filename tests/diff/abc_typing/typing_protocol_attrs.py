from typing import Protocol, runtime_checkable


@runtime_checkable
class HasName(Protocol):
    name: str

    def describe(self) -> str: ...


class Person:
    def __init__(self):
        self.name = "ann"

    def describe(self):
        return self.name


class Nameless:
    def describe(self):
        return "?"


print(isinstance(Person(), HasName), isinstance(Nameless(), HasName))
print(sorted(HasName.__protocol_attrs__))
try:
    issubclass(Person, HasName)
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...


print(isinstance([], SupportsLen), isinstance(3, SupportsLen), issubclass(dict, SupportsLen))
