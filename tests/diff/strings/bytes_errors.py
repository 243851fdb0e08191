tests = [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"), lambda: bytes(-1),
         lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"a", "utf-8"), lambda: bytes("a", errors="strict"),
         lambda: b"a" + "a", lambda: b"a" * 1.5, lambda: "a" in b"abc", lambda: 256 in b"abc", lambda: b"a"[str("x")],
         lambda: b"a" < "a", lambda: bytes("é", "ascii"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("0"),
         lambda: bytes.fromhex(1), lambda: b"a".decode("nope"), lambda: b"a".find("a"), lambda: b"a".split("a"),
         lambda: b"a".join(["a"]), lambda: b"a".join(1), lambda: b"a".strip("a"), lambda: b"a".replace("a", "b"),
         lambda: b"a".startswith("a"), lambda: b"a".index(b"z"), lambda: b"a".center(3, "x"), lambda: b"a".center(3, b"xy"),
         lambda: b"ab".hex("::"), lambda: b"a".find(300), lambda: bytes.maketrans(b"a", b"xy"), lambda: b"abc".translate(b"x")]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
