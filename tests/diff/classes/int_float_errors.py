class BadInt:
    def __int__(self):
        return "7"


class BadFloat:
    def __float__(self):
        return 7


class BadIndex:
    def __index__(self):
        return 7.0


for f, obj in ((int, BadInt()), (float, BadFloat()), (int, BadIndex()), (hex, BadIndex())):
    try:
        print(f(obj))
    except TypeError as e:
        print("TypeError:", e)


class Nothing:
    pass


for f in (int, float):
    try:
        f(Nothing())
    except TypeError as e:
        print("TypeError:", e)
int(BadInt())
