tests = [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"it's", b'say "x"', bytes(range(256))]
for t in tests:
    print(repr(t), str(t), len(repr(t)))
    print(repr(bytearray(t)))
print([b"a", b"'"], (b"\n",))
