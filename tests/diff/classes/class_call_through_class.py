class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return greeting + ", " + self.name


g = Greeter("Ann")
print(Greeter.greet(g))
print(Greeter.greet(g, "Hi"))
print(Greeter.greet(g, greeting="Yo"))


class Other:
    name = "Other"


print(Greeter.greet(Other()))
print(list(map(Greeter.greet, [Greeter("a"), Greeter("b")])))
f = Greeter.greet
print(type(f).__name__, f.__name__, f.__qualname__)
