# match in class bodies and methods (captures are namespace names / mangled),
# captures bound only after the whole pattern matched, guard-failure leaks,
# self-matching builtin subclasses, star captures of tuples and ranges.
class Shape:
    match {"kind": "circle", "r": 2}:
        case {"kind": "circle", "r": radius}:
            area_hint = radius * radius
        case _:
            area_hint = None

    def classify(self, v):
        match v:
            case [self.__class__.Marker, *__rest]:
                return ("marked", __rest)
            case (int() | float()) as __num if __num > 0:
                return ("positive", __num)
            case _:
                return ("other", v)

    Marker = "M"


print(Shape.area_hint, hasattr(Shape, "radius"), Shape.radius)
s = Shape()
print(s.classify(["M", 1, 2]), s.classify(3.5), s.classify(-1))


class MyInt(int):
    pass


def f(x):
    match x:
        case MyInt(v):
            return ("myint", v)
        case int(v) if v > 10:
            return ("big", v)
        case (1, *mid, 9):
            return ("range-ish", mid)
        case [a, [b, *c]] | (a, b, c):
            return ("nested", a, b, c)
        case str() as text if (guard_seen := text):
            return ("text", text)
    return "none"


for v in [MyInt(4), 42, 5, (1, 2, 3, 9), range(1, 10, 4), [1, [2, 3, 4]], (7, 8, 9), "hi", b"x"]:
    print(repr(v), f(v))


def partial(x):
    match x:
        case [y, 2]:
            pass
        case [z] if z > 100:
            pass
        case _:
            pass
    try:
        print("y", y)
    except UnboundLocalError:
        print("y unbound")
    try:
        print("z", z)
    except UnboundLocalError:
        print("z unbound")


partial([1, 3])
partial([5])
partial([1, 2])
match 3:
    case [x]:
        pass
print(x)
