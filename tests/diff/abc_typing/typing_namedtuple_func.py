from typing import NamedTuple

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("bob", 7)
print(e, e.name, e.id, Emp._fields, Emp.__annotations__)
Emp2 = NamedTuple("Emp2", name=str, age=int)
print(Emp2("x", 3), Emp2._fields)
print(e._replace(id=8), e._asdict())
try:
    Emp("a", 1, 2)
except TypeError as e2:
    print("TypeError:", e2)
try:
    e._replace(zz=1)
except ValueError as e3:
    print("ValueError:", e3)
match e:
    case Emp(name, id):
        print("matched", name, id)
