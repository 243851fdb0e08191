from contextlib import suppress, nullcontext, ExitStack
log = []
class R:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, *a):
        log.append("close " + self.name)
with ExitStack() as stack:
    files = [stack.enter_context(R(n)) for n in "abc"]
    log.append("using " + ",".join([f.name for f in files]))
print(log)
log.clear()
with suppress(ZeroDivisionError), nullcontext(R("n")) as r, R("inner"):
    log.append("body " + r.name)
    1 / 0
print(log)
