class Weird:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        return object.__new__(cls)

    def __init__(self, v):
        print("init called with", v)
        self.v = v


w = Weird(3)
print(w.v)
n = Weird(-1)
print(n)


class Other:
    pass


class Maker:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never")


print(type(Maker()).__name__)
