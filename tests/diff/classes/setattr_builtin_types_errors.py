class A:
    pass


for target in (5, "s", [], object()):
    try:
        target.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:
    setattr(int, "attr", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(str, "upper", None)
except TypeError as e:
    print("TypeError:", e)
A.ok = 1
print(A.ok)
object.__setattr__(A(), "x", 1)
object.__setattr__(5, "y", 1)
