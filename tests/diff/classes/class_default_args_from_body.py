class Shape:
    default_color = "red"
    sizes = [1, 2, 3]

    def paint(self, color=default_color):
        return color

    def biggest(self, options=sizes):
        return max(options)

    double = [s * 2 for s in sizes]
    get_color = lambda self: Shape.default_color


print(Shape().paint(), Shape().biggest(), Shape.double, Shape().get_color())
Shape.default_color = "blue"
print(Shape().paint(), Shape().get_color())


class Broken:
    factor = 10
    scale = lambda obj, x: x * factor


print(Broken().scale(2))
