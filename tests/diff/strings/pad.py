for s in ["", "a", "ab", "abc", "é😀"]:
    for w in [-1, 0, 1, 4, 5, 8]:
        print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "😀")))
for bad in [("x",), (3, "ab"), (3, ""), (3, 1), (), (1.5,)]:
    try:
        print("ab".center(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("ab".ljust(3, fillchar="x"))
except TypeError as e:
    print(type(e).__name__, e)
