def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case _:
            return "other"


for v in [0, 1, 3, -1, "hello", b"raw", 1.5, 2j, -3 + 4j, 4, "HELLO", 0.0, True, False]:
    print(repr(v), describe(v))
