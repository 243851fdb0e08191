print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("héllo".replace("é", "e"), "a😀b😀".replace("😀", ""), "ééé".replace("", "|"))
print("hello world".replace("o", "0").replace("l", "1"), "xx".replace("x", "xx"))
print("abcabc".replace("bc", "BCD"), "aaaa".replace("aa", "b"))
for bad in [(1, "a"), ("a", 1), ("a",), ("a", "b", "c")]:
    try:
        print("abc".replace(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("abc".replace("a", "b", count=1))
except TypeError as e:
    print(type(e).__name__, e)
