class E(Exception):
    def __init__(self, a, b):
        self.a = a


e = E(1, 2)
print(e.args, e.a, str(e), repr(e))


class F(Exception):
    def __init__(self, *args):
        super().__init__("fixed message")


f = F(1, 2, 3)
print(f.args, str(f))
try:
    Exception(x=1)
except TypeError as err:
    print("TypeError:", err)


class G(Exception):
    pass


try:
    G("a", key="v")
except TypeError as err:
    print("TypeError:", err)
raise E("first", "second")
