tests = ["", "abc", "it's", 'say "hi"', "both ' and \"", "\n\r\t", "\x00\x01\x1f\x7f",
         "\x80\x9f\xa0\xad", "é", "中", "😀", "\u200b", "\u2028", "\ud800", "\udfff", "\U000e0001",
         "\\", "back\\slash", "\ufeff", "\U0010ffff", "\u0378", "a\u0301"]
for t in tests:
    print(repr(t), ascii(t), len(repr(t)))
print(repr(tests))
print(str("abc"), str("é"))
print(f"{'x'!r} {'é'!a} {'y'!s}")
