print(repr(str()), repr(str("")), str(123), str(-4.5), str(None), str(True))
print(str([1, "a"]), str((1,)), str({"k": "v"}))
print(str(b"abc"), str(b"\xff"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii"), str(b"\xe9", "latin-1"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"))
print(str(bytearray(b"xyz"), "utf-8"))
print(str(b"abc", encoding="utf-8"), str(object=b"x", errors="strict"))
for args in [(b"\xff", "utf-8"), (b"abc", "nope"), ("abc", "utf-8"), (1, "utf-8")]:
    try:
        print(str(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(str(b"x", 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(str(1, 2, 3, 4))
except TypeError as e:
    print(type(e).__name__, e)
