from contextlib import closing, nullcontext
class Res:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("close", self.name)
r = Res("r1")
with closing(r) as x:
    print(x is r, x.closed)
print(r.closed)
def use():
    with closing(Res("r2")):
        return "returned"
print(use())
try:
    with closing(object()):
        pass
except AttributeError as e:
    print("AttributeError", e)
with nullcontext() as n, nullcontext("s") as m:
    print(n, m)
