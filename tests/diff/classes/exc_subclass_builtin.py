class MyKeyError(KeyError):
    pass


class MyValueError(ValueError):
    def __init__(self, v):
        super().__init__(f"bad value {v}")
        self.v = v


try:
    raise MyKeyError("k")
except LookupError as e:
    print(type(e).__name__, str(e), repr(e))
try:
    int("q")
except MyValueError:
    print("not this")
except ValueError as e:
    print("plain ValueError:", e)
try:
    raise MyValueError(3)
except ValueError as e:
    print(e, e.v, e.args)
try:
    raise MyKeyError("missing", "extra")
except KeyError as e:
    print(str(e), e.args)
raise MyKeyError("final")
