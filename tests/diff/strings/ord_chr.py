for c in ["a", "é", "中", "😀", "\x00", "\U0010ffff", "\ud800"]:
    print(ord(c), hex(ord(c)), ascii(chr(ord(c))))
print("".join([chr(i) for i in range(65, 91)]), chr(0x20AC), len(chr(0x1F600)))
try:
    print(ord("ab"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(ord(""))
except TypeError as e:
    print(type(e).__name__, e)
