b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), b + b" world", b * 2, 2 * b"ab")
print(b"" + b"", b"x" * 0, b"abc"[5:], bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", encoding="latin-1"), bytes(bytearray(b"ba")))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == "abc", b"a" != b"b")
print(97 in b"abc", b"bc" in b"abc", b"" in b"abc", 100 in b"abc", b"x" not in b"abc")
print(hash(b"abc"), hash(b""), hash(b"abc") == hash(bytes([97, 98, 99])))
for x in b"hi":
    print(x)
for i in [3, -4]:
    try:
        print(b"abc"[i])
    except IndexError as e:
        print(type(e).__name__, e)
