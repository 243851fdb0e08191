data = bytes(range(32, 127))
print(data)
out = bytearray()
for b in data:
    if b % 3 == 0:
        out.append(b)
print(out, len(out), bytes(out))
chk = 0
for b in b"checksum me":
    chk = (chk * 31 + b) % 65521
print(chk)
enc = "héllo wörld".encode()
print(enc, len(enc), enc.decode(), list(enc[:3]))
x = b""
for i in range(5):
    x += bytes([65 + i])
print(x)
