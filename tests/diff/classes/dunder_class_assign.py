class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.name = "tom"
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), pet.name, type(pet).__name__, isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type(pet).__name__)
