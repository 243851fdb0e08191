class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("exit failed")


try:
    with Bad():
        print("body ok")
except ValueError as e:
    print("caught", e, e.__context__)
try:
    with Bad():
        raise KeyError("inner")
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))


class EnterRaises:
    def __enter__(self):
        raise LookupError("no entry")

    def __exit__(self, *a):
        print("exit must not run")


with EnterRaises():
    pass
