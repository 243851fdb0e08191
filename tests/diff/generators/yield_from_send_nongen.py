class Sink:
    def __init__(self):
        self.got = []
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, v):
        self.got.append(v)
        if v == "stop":
            raise StopIteration("sink done")
        return "sent " + str(v)

def outer(s):
    r = yield from s
    yield "result: " + r

s = Sink()
g = outer(s)
print(next(g))
print(g.send(1))
print(g.send(None))
print(g.send("stop"))
print(s.got)
