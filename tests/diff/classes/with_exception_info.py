class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("type:", et.__name__)
        print("value:", repr(ev))
        print("is instance:", isinstance(ev, et))
        print("tb type:", type(tb).__name__)
        return True


with Inspect():
    raise KeyError("k")
with Inspect():
    {}["missing"]
with Inspect():
    int("x")


class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit") from ev


with Reraise():
    raise ValueError("original")
