class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        raise NotImplementedError(type(self).__name__ + " must implement sound")

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"


class Cow(Animal):
    def sound(self):
        return "moo"

    def speak(self):
        return super().speak().upper()


for a in [Dog("rex"), Cat("tom"), Cow("bess")]:
    print(a.speak())
Animal("generic").speak()
