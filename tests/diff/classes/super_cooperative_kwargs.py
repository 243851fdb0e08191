class Shape:
    def __init__(self, **kw):
        print("Shape leftover", sorted(kw))
        super().__init__()


class Colored(Shape):
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)


class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)


class Box(Colored, Sized):
    def __init__(self, label, **kw):
        self.label = label
        super().__init__(**kw)


b = Box("b", color="red", size=3)
print(b.label, b.color, b.size)
b2 = Box("c", size=9, extra=1)
print(b2.color, b2.size)
