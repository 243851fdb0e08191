def classify(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield "neg"
            case int():
                yield "int"
            case [x, y]:
                yield f"pair {x} {y}"
            case {"k": v}:
                yield f"map {v}"
            case _:
                yield "other"
print(list(classify([-1, 3, [1, 2], {"k": 9}, "s"])))
