log = []


class R:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("+" + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append("-" + self.name + (":" + et.__name__ if et else ""))
        return self.swallow


with R("outer", swallow=True):
    with R("mid"):
        with R("inner"):
            raise IndexError
print(log)
log.clear()
with R("a"):
    try:
        with R("b"):
            raise KeyError("x")
    except KeyError:
        log.append("handled")
print(log)
log.clear()


def g():
    with R("f"):
        try:
            return "ret"
        finally:
            log.append("finally")


print(g(), log)
