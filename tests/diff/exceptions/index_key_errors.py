for op in [lambda: [][0], lambda: [1][-2], lambda: (1, 2)[2], lambda: "ab"[5], lambda: range(3)[3],
           lambda: b"x"[1], lambda: {}[0], lambda: {"a": 1}[("t", 1)], lambda: {}[None],
           lambda: [1, 2]["a"], lambda: (1,)[1.0], lambda: "s"[None], lambda: [][:],
           lambda: {1: 2}.pop(3), lambda: set().remove("x")]:
    try:
        print("ok", op())
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e, repr(e))
