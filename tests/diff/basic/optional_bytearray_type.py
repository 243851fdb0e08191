# bytearray created by name and used through its methods and operators.
b = bytearray(b"abc")
b += b"de"
b[0] = 65
print(b, len(b), b[1:3], b * 2, b == bytearray(b"Abcde"), b.find(b"c"))
print(list(reversed(b)))
