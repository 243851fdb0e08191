# bytearray subclasses: instances of the subclass, with an instance dict,
# overridden item methods, inherited behaviour and the subclass's repr.
class BA(bytearray):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


x = BA(b"ab")
print(type(x).__name__, isinstance(x, bytearray), x)
x[0] = 65
print(x, x[0], len(x), x + b"!", bytes(x))
x.tag = "t"
print(x.tag, x.upper(), x.decode())


class Plain(bytearray):
    pass


p = Plain(3)
p[1] = 7
p.extend(b"xyz")
p += b"!"
print(p, type(p).__name__, p[1], p == bytearray(b"\x00\x07\x00xyz!"), Plain(b"q").hex())
print(Plain("hé", "utf-8"), Plain(), Plain([1, 2, 3]))
try:
    Plain("x")
except TypeError as e:
    print("TypeError:", e)
del p, x
print("done")
