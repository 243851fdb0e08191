s = "hello wörld"
for p in ["he", "hello", "", "x", "wö", "ld", "hello wörld!", "wörld"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5), s.startswith(p, -5), s.endswith(p, -100, 100))
print(s.startswith(("x", "he")), s.endswith(("ld", "z")), s.startswith(()), s.endswith(("",)))
print("".startswith(""), "".endswith("", 0, 0), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4))
print("😀a".startswith("😀"), "a😀".endswith("😀", 1))
for bad in [1, None, ["a"], (1,), ("a", 2)]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(s.endswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s.startswith())
except TypeError as e:
    print(type(e).__name__, e)
