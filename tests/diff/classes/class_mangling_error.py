class Box:
    def __init__(self):
        self.__v = 42

    def value(self):
        return self.__v


b = Box()
print(b.value())
print(b._Box__v)
print(b.__v)
