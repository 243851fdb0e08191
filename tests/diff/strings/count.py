print("aaaa".count("a"), "aaaa".count("aa"), "aaaa".count("aaa"), "aaaa".count(""), "".count(""), "".count("a"))
print("ééé".count(""), "abcabc".count("bc", 2), "abcabc".count("bc", 2, 4), "abcabc".count("c", -1))
print("😀😀x😀".count("😀"), "a\u0301a\u0301".count("\u0301"))
t = "ab" * 1000
print(t.count("ab"), t.count("ba"), t.count("b", 500, 1500))
try:
    print("a".count())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".count(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a".count("a", "b"))
except TypeError as e:
    print(type(e).__name__, e)
