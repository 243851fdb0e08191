# Exceptions of every builtin layout and their subclasses made and dropped
# in loops: fields, args, messages and tracebacks stay exact.
import sys


class MyKey(KeyError):
    pass


class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(a)


class MyStop(StopIteration):
    pass


class MyImport(ImportError):
    pass


class MyName(NameError):
    pass


class MyAttr(AttributeError):
    pass


class MyExit(SystemExit):
    pass


class MySyntax(SyntaxError):
    pass


class MyUni(UnicodeDecodeError):
    pass


def make(i):
    k = i % 10
    if k == 0:
        return MyKey("k%d" % i)
    if k == 1:
        return MyOS(2, "No such file", "f%d" % i)
    if k == 2:
        return MyStop(i)
    if k == 3:
        return MyImport("mod", name="m%d" % i, path="/p")
    if k == 4:
        return MyName("n", name="v%d" % i)
    if k == 5:
        return MyAttr("a", name="x", obj=i)
    if k == 6:
        return MyExit(i)
    if k == 7:
        return MySyntax("bad", ("f.py", i, 2, "x y", i, 4))
    if k == 8:
        return MyUni("utf-8", b"\xff", 0, 1, "invalid start byte")
    return ValueError("v", i)


out = []
for i in range(2000):
    e = make(i)
    try:
        raise e
    except Exception as c:
        r = (type(c).__name__, str(c), c.args)
    except BaseException as c:
        r = (type(c).__name__, str(c), c.args)
    if i < 10:
        out.append(r)
        fields = {
            "MyOS": lambda c: (c.errno, c.strerror, c.filename, c.extra),
            "MyStop": lambda c: (c.value,),
            "MyImport": lambda c: (c.name, c.path, c.msg),
            "MyName": lambda c: (c.name,),
            "MyAttr": lambda c: (c.name, c.obj),
            "MyExit": lambda c: (c.code,),
            "MySyntax": lambda c: (c.filename, c.lineno, c.offset, c.text, c.msg),
            "MyUni": lambda c: (c.encoding, c.object, c.start, c.end, c.reason),
        }
        f = fields.get(type(e).__name__)
        if f:
            out.append(f(e))
for r in out:
    print(r)


# Constant messages of runtime errors.
for thunk in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
              lambda: [][0], lambda: {}.popitem(), lambda: int("x"), lambda: next(iter(()))):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


# Tracebacks deeper than a few frames.
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


for depth in (0, 3, 4, 5, 12):
    for _ in range(100):
        try:
            deep(depth)
        except ValueError as e:
            last = (depth, str(e), e.__traceback__ is not None)
    print(last)

err = ValueError("again")
for i in range(3):
    try:
        try:
            raise err
        except ValueError as e:
            raise e.with_traceback(e.__traceback__)
    except ValueError as e2:
        print("reraised", i, e2 is err, type(e2.__traceback__).__name__)

sys.exit(deep(6))
