def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = 0
if x:
    print("truthy")
else:
    print("falsy")
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 2**80]:
    print(repr(v), bool(v), "yes" if v else "no")
