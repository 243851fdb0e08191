b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"))
print(b.decode(), b.hex(), bytes.fromhex("de ad be ef"), bytes(3), bytes([65, 66, 67]), list(b"ab"))
print("héllo".encode("utf-8"), "héllo".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd", b"x".join([b"1", b"2"]))
