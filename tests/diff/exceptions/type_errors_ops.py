ops = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + "a", lambda: 1 - [], lambda: {} * 2,
    lambda: "a" - "b", lambda: None + 1, lambda: 1.5 // "x", lambda: -[1], lambda: ~1.5,
    lambda: +"s", lambda: 2 ** "x", lambda: pow(2, 3, 1.0), lambda: 1 < None, lambda: [] > (),
    lambda: "a" >= 3, lambda: 1 << 2.0, lambda: 1 & 1.0, lambda: 3 in 5, lambda: "a" in ["a"] in 3,
    lambda: [] @ [], lambda: {1} + {2}, lambda: (1, 2) * (3,), lambda: len(), lambda: abs("x"),
]
for op in ops:
    try:
        print("ok", op())
    except TypeError as e:
        print("TypeError:", e)
