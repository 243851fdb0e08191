class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Square(Shape):
    __match_args__ = ("side",)

    def __init__(self, side):
        self.side = side


class BigCircle(Circle):
    pass


def area(s):
    match s:
        case BigCircle(r):
            return ("big circle", 3 * r * r)
        case Circle(r):
            return ("circle", 3 * r * r)
        case Square(side=s):
            return ("square", s * s)
        case Shape():
            return ("shape", None)


for s in [Circle(1), BigCircle(10), Square(4), Shape()]:
    print(area(s))
print(area(5))
