s = "hello wörld, hello 😀 world"
for sub in ["hello", "o", "ö", "😀", "world", "", "zz", "d"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    print(s.find(sub, 5), s.find(sub, 5, 15), s.rfind(sub, 0, 10), s.find(sub, -8), s.rfind(sub, -8, -1), s.count(sub, 3, -3))
print(s.find("o", 100), s.find("", 100), s.find("", len(s)), s.rfind(""), "".find(""), "".rfind("a"))
print(s.find("o", None, None), s.find("o", -1000, 1000), s.find("o", 10**30), s.find("o", -10**30))
print(s.index("w"), s.rindex("w"), s.index("😀"))
for f in ["index", "rindex"]:
    try:
        if f == "index":
            print(s.index("zz"))
        else:
            print(s.rindex("zz"))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [(1,), (), ("a", "x"), ("a", 1, 2, 3)]:
    try:
        print(s.find(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s.find(sub="a"))
except TypeError as e:
    print(type(e).__name__, e)
