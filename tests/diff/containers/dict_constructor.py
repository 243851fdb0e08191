def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict({"a": 1}), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print(dict([("a", 1)], a=2, c=3), dict({"x": 0}, y=1))
print(dict(zip(range(3), "abc")), dict(enumerate("xy")))
print(dict({1: 2}.items()), dict([(i, i * i) for i in range(4)]))
attempt(lambda: dict(1))
attempt(lambda: dict([1]))
attempt(lambda: dict([[1, 2, 3]]))
attempt(lambda: dict(1, 2))
attempt(lambda: dict([("a", 1)], [("b", 2)]))
attempt(lambda: dict(["ab", "cd", "e"]))
orig = {"k": [1]}
cp = dict(orig)
cp["k"].append(2)
cp["j"] = 0
print(orig, cp)
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({i: i % 3 for i in range(7)})
print({**{"a": 1}, "b": 2, **{"a": 3}})
