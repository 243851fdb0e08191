class Shape:
    def __init_subclass__(cls, /, sides=0, **kwargs):
        print("subclass", cls.__name__, "sides", sides, "extra", kwargs)
        cls.sides = sides
        super().__init_subclass__()


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Blob(Shape):
    pass


print(Triangle.sides, Square.sides, Blob.sides)


class Tagged(Shape, sides=1, tag="t"):
    pass
