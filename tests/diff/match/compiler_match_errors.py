# TypeErrors of class patterns and the ValueError of duplicate mapping keys.
class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Bad:
    __match_args__ = ["x"]


class NotStr:
    __match_args__ = (1,)


class K:
    A = "a"


def attempt(subject, which):
    try:
        match subject:
            case P(1, 2, 3) if which == 0:
                return "too many"
            case Bad(1) if which == 1:
                return "list match args"
            case NotStr(1) if which == 2:
                return "non-str"
            case int(1, 2) if which == 3:
                return "int two"
            case {K.A: 1, "a": 2} if which == 4:
                return "dup"
            case object(1) if which == 6:
                return "object positional"
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)
    return "no match"


print(attempt(P(1, 2), 0))
print(attempt(Bad(), 1))
print(attempt(NotStr(), 2))
print(attempt(1, 3))
print(attempt({"a": 1, "b": 2}, 4))
print(attempt(P(1, 2), 6))
print(attempt("s", 1))
not_a_class = len
match 5:
    case not_a_class():
        pass
