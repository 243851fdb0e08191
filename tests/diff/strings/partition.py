for s in ["a=b=c", "abc", "", "=", "==", "é=ü=😀"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("x"))
print("key: value: more".partition(": "), "key: value: more".rpartition(": "))
for bad in ["", 1, None]:
    try:
        print("abc".partition(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print("abc".rpartition(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
