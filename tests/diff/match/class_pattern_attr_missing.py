class A:
    def __init__(self):
        self.x = 1


def f(o):
    match o:
        case A(y=1):
            return "has y=1"
        case A(x=1, y=_):
            return "has x and some y"
        case A(x=1):
            return "has x only"


a = A()
print(f(a))
a.y = 1
print(f(a))
a.y = 2
print(f(a))
