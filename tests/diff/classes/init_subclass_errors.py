class Plain:
    pass


try:
    class Sub(Plain, flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required


class Good(Strict, required=1):
    pass


print(Good.required)
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Sub2(object, color="red"):
    pass
