for args in [("",), (1,), ("a", "b"), ("a", 1, 2)]:
    try:
        print("abc".split(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("abc".rsplit(""))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("abc".split(foo=1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".split("b", sep="c"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".split(maxsplit=1.5))
except TypeError as e:
    print(type(e).__name__, e)
print("a b c d".split(None, -1), "a b c d".split(None, 100))
