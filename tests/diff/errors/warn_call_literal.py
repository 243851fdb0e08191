# SyntaxWarning: calling a literal ("perhaps you missed a comma?").
tests = [
    lambda: (1, 2)(3),
    lambda: [1, 2](0),
    lambda: "abc"("d"),
    lambda: None(),
    lambda: 5(1),
    lambda: {1: 2}(1),
    lambda: {1}(),
    lambda: f"x{1}"(),
    lambda: [i for i in range(2)](0),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
