# Method call sites remember the function a class defines; these changes must
# all be seen: redefining the method on the class or a base, an instance
# attribute shadowing it, replacing it by a non-function, __class__
# assignment, and many receiver classes at one site.


class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Cat(Animal):
    pass


def talk(a):
    return a.speak()


pets = [Dog(), Cat(), Dog(), Cat()]
print([talk(p) for p in pets])
Animal.speak = lambda self: "generic " + type(self).__name__
print([talk(p) for p in pets])
Dog.speak = lambda self: "WOOF"
print([talk(p) for p in pets])
del Dog.speak
print([talk(p) for p in pets])

d = pets[0]
d.speak = lambda: "shadowed by the instance"
print(talk(d), talk(pets[2]))
del d.speak
print(talk(d))
d.__dict__["speak"] = lambda: "through __dict__"
print(talk(d))
vars(d).clear()
print(talk(d))

Cat.speak = staticmethod(lambda: "static now")
print(talk(pets[1]))
Cat.speak = classmethod(lambda cls: "class " + cls.__name__)
print(talk(pets[1]))
Cat.speak = "not callable"
try:
    talk(pets[1])
except TypeError as e:
    print("TypeError", e)
del Cat.speak


class Robot:
    def speak(self):
        return "beep"


pets[3].__class__ = Robot
print([talk(p) for p in pets])


# Many classes at one site (more than the cache keeps).
def make(n):
    return type("K%d" % n, (), {"speak": lambda self, n=n: "k%d" % n})


ks = [make(i)() for i in range(9)]
for _ in range(2):
    print(" ".join(talk(k) for k in ks))


# A method that mutates its own class while running.
class Flip:
    def speak(self):
        Flip.speak = lambda self: "flopped"
        return "flipped"


f = Flip()
print(talk(f), talk(f), talk(Flip()))


# __getattr__ / __getattribute__ added later.
class Late:
    def speak(self):
        return "plain"


late = Late()
print(talk(late))
Late.__getattribute__ = lambda self, name: (lambda: "intercepted " + name)
print(talk(late))
del Late.__getattribute__
print(talk(late))

# Errors keep CPython's messages at cached sites.
class NoSpeak:
    pass


try:
    talk(NoSpeak())
except AttributeError as e:
    print("AttributeError", e)
try:
    Dog().speak(1)
except TypeError as e:
    print("TypeError", e)
