class AlwaysEqual:
    def __eq__(self, other):
        print("__eq__ called with", repr(other))
        return True


def f(x):
    match x:
        case 1:
            return "matched 1"
        case "s":
            return "matched s"
        case None:
            return "matched None"


print(f(AlwaysEqual()))
print(f(1.0), f(True))
