for spec in ["", "10", "<10", ">10", "^10", "*^10", "é>5", ".2", "10.2", "s", "<3.1s"]:
    print(repr(spec), repr(format("héllo", spec)), repr("héllo".__format__(spec)), repr(f"{'héllo':{spec}}"))
for spec in ["d", "=10", "+", " ", "#", "z", ",", "_", "x", "010", "<<<"]:
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
