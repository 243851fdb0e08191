class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def f(p):
    match p:
        case Point3(a, b, c):
            return ("3d", a, b, c)
        case Point(0, y):
            return ("x is zero", y)
        case Point(x, y=7):
            return ("y is seven", x)
        case Point(x):
            return ("only x", x)


print(f(Point(0, 1)), f(Point(1, 7)), f(Point(2, 3)), f(Point3(1, 2, 3)))
