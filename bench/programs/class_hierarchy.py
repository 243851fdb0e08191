# Objects: a class hierarchy with virtual dispatch (overridden methods,
# super() calls, isinstance, properties).


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return self.area() + self.perimeter()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return super().describe() * 2


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 3.14159 * self.diameter


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

    def perimeter(self):
        return self.a + self.b + self.c


def make(i):
    k = i % 4
    if k == 0:
        return Rect(1 + i % 5, 2 + i % 3)
    if k == 1:
        return Square(1 + i % 6)
    if k == 2:
        return Circle(1 + i % 4)
    return Triangle(3, 4, 5)


def main():
    shapes = [make(i) for i in range(1000)]
    total = 0.0
    counts = {}
    for _ in range(600):
        for s in shapes:
            total += s.describe()
            if isinstance(s, Rect):
                total += 1
    for s in shapes:
        counts[s.name] = counts.get(s.name, 0) + 1
    print("hierarchy total: %.3f" % total, sorted(counts.items()))


main()
