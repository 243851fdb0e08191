class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Person:
    first = Field()
    last = Field()

    def __init__(self, f, l):
        self.first = f
        self.last = l


p = Person("Ada", "Lovelace")
print(p.first, p.last)
print(sorted(vars(p)))
print(Person.first.name, Person.last.private)
later = Field()
Person.extra = later
print(hasattr(later, "name"))
