import math
class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
class Fl:
    def __float__(self):
        return 2.7
print(math.floor(F()), math.ceil(F()), math.floor(Fl()), math.ceil(Fl()), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(10 ** 30), math.ceil(True), math.floor(1e20), math.ceil(-1e-300), type(math.floor(2.0)).__name__)
for v in [float("inf"), float("-inf"), float("nan"), "3", None]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f.__name__, f(v))
        except (OverflowError, ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
