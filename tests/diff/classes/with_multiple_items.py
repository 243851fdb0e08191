class C:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.n)
        if self.fail_enter:
            raise OSError("enter failed " + str(self.n))
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False


with C(1) as a, C(2) as b, C(3):
    print("body", a, b)
try:
    with C(1), C(2, fail_enter=True), C(3):
        print("never")
except OSError as e:
    print("caught", e)
try:
    with (C(1) as x,
          C(2) as y):
        raise KeyError(x + y)
except KeyError as e:
    print("caught KeyError", e)
