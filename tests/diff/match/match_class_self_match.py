def f(x):
    match x:
        case int(0 | 1 as bit):
            return ("bit", bit)
        case str("yes" | "no" as answer):
            return ("answer", answer)
        case float(1.5):
            return "one and a half"
        case list((1, 2)):
            return "list [1, 2]"
        case _:
            return "other"


for v in [0, 1, 2, "yes", "maybe", 1.5, 2.5, [1, 2], (1, 2)]:
    print(repr(v), f(v))
