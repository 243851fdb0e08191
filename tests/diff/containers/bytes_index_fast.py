# b[i] and ba[i] = v with small int indexes (inline in generated code) and
# everything around them: negative indexes, bounds, bools, subclasses.
b = b"\x00\x7f\x80\xff"
ba = bytearray(b"hello")
print([b[i] for i in range(-4, 4)], [ba[i] for i in range(-5, 5)])
for bad in (4, -5, 10**20):
    try:
        b[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        ba[bad + 1]
    except IndexError as e:
        print("IndexError:", e)
ba[0] = 72
ba[-1] = 255
ba[1] = True
print(ba)
for k, v in ((0, 256), (0, -1), (9, 1), ("x", 1), (0, "a"), (0, 1.0)):
    try:
        ba[k] = v
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(ba, b[1:3], ba[::2], b[True])


class B(bytes):
    def __getitem__(self, i):
        return "sub"



print(B(b"ab")[0])
empty = bytearray()
try:
    empty[0]
except IndexError as e:
    print("IndexError:", e)
walls = bytearray(10)
for i in range(10):
    if i % 3 == 0:
        walls[i] = 1
print(walls, sum(1 for i in range(10) if not walls[i]))
