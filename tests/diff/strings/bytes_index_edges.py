# bytes and bytearray indexing with ints at and past both ends, bools,
# big ints and __index__ objects, and the IndexError messages.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for data in (b"", b"a", b"\x00\xff\x80abc", bytes(range(256))):
    for kind in (bytes, bytearray):
        s = kind(data)
        n = len(s)
        got = []
        for i in (0, 1, -1, n - 1, -n, n, -n - 1, True, False, Idx(-2), 2**70, -(2**70)):
            try:
                got.append(s[i])
            except IndexError as e:
                got.append("IndexError: " + str(e))
        print(kind.__name__, n, got)
s = bytearray(b"xyz")
for i in range(-4, 4):
    try:
        print(i, s[i], bytes(s)[i])
    except IndexError as e:
        print(i, e)
print(bytearray(b"q")[2])
