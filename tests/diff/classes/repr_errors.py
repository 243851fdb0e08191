class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr for you")


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([RaisingRepr()])
except ValueError as e:
    print("ValueError:", e)
try:
    f"{BadStr()}"
except TypeError as e:
    print("TypeError:", e)
print(BadRepr())
