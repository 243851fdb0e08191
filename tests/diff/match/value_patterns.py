class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    class Inner:
        MAX = 100


def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Limits.Inner.MAX:
            return "max"
        case _:
            return "?"


for c in ["red", "green", "blue", 100, 99]:
    print(c, name(c))
Color.RED = "crimson"
print(name("red"), name("crimson"))
