from typing import TypedDict


class User(TypedDict):
    name: str
    age: int


u: User = {"name": "amy", "age": 30}
u2 = User(name="bob", age=40)
print(u["name"], u2, u == {"name": "amy", "age": 30}, type(u2) is dict)
u2["age"] += 1
print(u2, list(u2), User.__name__, User.__module__)
print(User.__mro__[1:] if False else "mro skipped", issubclass(type(u2), dict))


class Admin(User, total=False):
    level: int


print(Admin.__annotations__, sorted(Admin.__required_keys__), sorted(Admin.__optional_keys__))
try:
    class Mixed(User, int):
        pass
except TypeError as e:
    print("TypeError:", e)
