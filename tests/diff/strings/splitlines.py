tests = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
         "no newline", "\r\n\r\n", "x\r"]
for t in tests:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
try:
    print("a".splitlines(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
