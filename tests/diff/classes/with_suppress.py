class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None


with Suppress(ZeroDivisionError) as s:
    1 / 0
    print("not reached")
print("after:", s.caught)
with Suppress(KeyError) as s:
    print("no exception")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string is true"


with Truthy():
    raise RuntimeError("swallowed")
print("end")
