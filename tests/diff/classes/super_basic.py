class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


d = Dog("rex", "lab")
print(d.name, d.breed, d.speak())
p = Puppy("bit", "pug")
print(p.speak())
