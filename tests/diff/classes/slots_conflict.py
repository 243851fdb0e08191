class Ok:
    __slots__ = "single"


o = Ok()
o.single = "s"
print(o.single, Ok.__slots__)


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print("AttributeError:", err)


class Bad:
    __slots__ = ("x",)
    x = 5
