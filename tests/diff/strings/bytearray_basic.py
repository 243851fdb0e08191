ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], list(ba), ba + b"!", b"<" + ba, ba * 2, ba == b"hello", ba < b"help")
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"), bytearray(b"x"), bytearray(range(3)))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(100, 90)
ba.insert(-100, 48)
print(ba)
ba.remove(90)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(ba))
c[0] = 120
c[-1] = 121
print(c)
c[1:3] = b"XYZ"
print(c)
c[::2] = bytes(len(c[::2]))
print(c)
del c[0]
del c[::3]
print(c)
c[1:1] = [1, 2, 3]
print(c)
c += b"tail"
c *= 2
print(c, len(c))
print(c.upper(), c.find(b"tail"), c.split(b"t"), c.hex(), c.decode("latin-1")[:3])
print(bytearray(b"abc") in [b"abc"], b"b" in bytearray(b"abc"), 98 in bytearray(b"abc"))
for x in bytearray(b"xy"):
    print(x)
