tests = ["  abc  ", "\t\n abc \r\x0b\x0c", "", "   ", "abc", "\u3000\u2003abc\x85\xa0", "xxabcxx"]
for t in tests:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
print("xyabcyx".strip("xy"), "xyabcyx".lstrip("xy"), "xyabcyx".rstrip("xy"))
print("ééaéé".strip("é"), "😀a😀".strip("😀"), "abc".strip(""), "abc".strip(None))
print("www.example.com".strip("cmowz."))
for bad in [1, b"x", ["a"]]:
    try:
        print("abc".strip(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("abc".lstrip("a", "b"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".rstrip(chars="a"))
except TypeError as e:
    print(type(e).__name__, e)
