ba = bytearray(b"abc")
def attempt(n):
    try:
        if n == 0:
            ba[5]
        elif n == 1:
            ba[5] = 1
        elif n == 2:
            del ba[5]
        elif n == 3:
            ba[0] = 256
        elif n == 4:
            ba[0] = b"a"
        elif n == 5:
            ba[0:1] = 5
        elif n == 6:
            ba[0:1] = "ab"
        elif n == 7:
            ba[::2] = b"xyz"
        elif n == 8:
            bytearray().pop()
        elif n == 9:
            ba.pop(10)
        elif n == 10:
            ba.remove(120)
        elif n == 11:
            ba.append(256)
        elif n == 12:
            ba.append("a")
        elif n == 13:
            ba.extend(5)
        elif n == 14:
            ba.extend("ab")
        elif n == 15:
            print(ba + "x")
        elif n == 16:
            print(hash(ba))
        elif n == 17:
            print(bytearray([300]))
        elif n == 18:
            print(bytearray("abc"))
        elif n == 19:
            ba["x"]
        elif n == 20:
            print(ba.index(b"z"))
        elif n == 21:
            ba.insert()
        print("no error", ba)
    except Exception as e:
        print(n, type(e).__name__, e)
for n in range(22):
    attempt(n)
b2 = bytearray(b"xy")
try:
    b2 += "s"
except TypeError as e:
    print(type(e).__name__, e)
print(b2)
