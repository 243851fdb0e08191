# SyntaxWarning: subscripting a literal that is not subscriptable, or with a bad index type.
tests = [
    lambda: 5[0],
    lambda: None[1],
    lambda: 1.5[0],
    lambda: {1, 2}[0],
    lambda: [1, 2]["a"],
    lambda: (1, 2)[1.0],
    lambda: "abc"[None],
    lambda: b"abc"["x"],
    lambda: [1, 2][1, 2],
    lambda: [1, 2][True],
    lambda: None[1:2],
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
