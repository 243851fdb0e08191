class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def g():
    r = Res(1)
    yield r.n
    yield 2

it = g()
print(next(it))
it = None
print("released")

def g2():
    try:
        yield 1
    finally:
        print("finally on gc")
x = g2()
next(x)
del x
print("end")
