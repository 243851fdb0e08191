class Silent(Exception):
    pass


class Outer:
    class InnerError(Exception):
        pass


try:
    raise Outer.InnerError("nested")
except Exception as e:
    print(type(e).__qualname__, type(e).__module__)
raise Silent
