class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {type(self).sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


for s in (Shape(), Triangle(), Square()):
    print(s.describe())
t = Triangle()
t.sides = 99
print(t.describe(), t.sides)
Shape.sides = -1
print(Shape().describe(), Triangle().describe())
del Triangle.sides
print(Triangle().describe())
