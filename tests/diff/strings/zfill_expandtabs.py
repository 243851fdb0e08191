for s in ["42", "-42", "+42", "", "-", "abc", "é", "--1", "0"]:
    print(repr(s), s.zfill(0), s.zfill(3), s.zfill(6))
for s in ["a\tb", "\t", "abc\tdef\tg", "a\nb\tc", "ab\r\tc", "é\tx", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(tabsize=3)), repr(s.expandtabs(-1)))
for bad in ["a", 1.5]:
    try:
        print("a\tb".expandtabs(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("1".zfill())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("1".zfill("5"))
except TypeError as e:
    print(type(e).__name__, e)
