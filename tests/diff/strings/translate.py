t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "éö", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: 100, "é": "e"})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({104: "J", 111: "😀"}))
print("abc".translate({}), "".translate({1: 2}))
for bad in [{97: -1}, {97: 1.5}, {97: 0x110000}]:
    try:
        print("abc".translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(1,), ("ab", "c"), ({"ab": 1},), ({1.5: 1},), ("a", 1), ("a", "b", 1)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abc".translate([None, None]))
print("\x00\x01".translate(["x", "y"]))
