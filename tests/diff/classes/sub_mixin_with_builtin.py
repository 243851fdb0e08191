class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}<{super().__repr__()}>"


class LogMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"


class MyList(ReprMixin, LogMixin, list):
    pass


class MyDict(LogMixin, ReprMixin, dict):
    pass


ml = MyList([1, 2])
md = MyDict(a=1)
print(repr(ml), repr(md))
print(ml.log("hello"), md.log("world"))
print([k.__name__ for k in MyList.__mro__])
print(ml + [3], len(md), isinstance(ml, list))
