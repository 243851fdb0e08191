for s in ["123", "-45", "  7 ", "1_000", "0x1f", "12.5", "1e3", "٣", "abc", "", "+8"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int("ff", 16), int("0b101", 0), "12".isdigit(), "١٢".isdecimal(), int("١٢"))
