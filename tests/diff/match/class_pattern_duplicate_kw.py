class P:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


try:
    match P(1):
        case P(1, x=1):
            print("matched")
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]

    def __init__(self):
        self.x = 0


match BadArgs():
    case BadArgs(0):
        print("list match args")
