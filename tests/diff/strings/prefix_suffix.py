for s in ["prefix_body_suffix", "", "pre", "é😀é"]:
    print(repr(s.removeprefix("prefix_")), repr(s.removesuffix("_suffix")), repr(s.removeprefix("")), repr(s.removesuffix("")),
          repr(s.removeprefix("é")), repr(s.removesuffix("é")), repr(s.removeprefix(s)))
for bad in [1, None, ("a",)]:
    try:
        print("abc".removeprefix(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print("abc".removesuffix(bad))
    except TypeError as e:
        print(type(e).__name__, e)
