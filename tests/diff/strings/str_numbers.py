for v in [0, -1, 10 ** 30, 3.5, -0.0, 1e100, float("inf"), float("nan"), 1 / 3, True, None]:
    print(str(v), repr(v), f"{v}", "%s" % (v,), "{}".format(v))
print(str(2 ** 64) + "x", len(str(2 ** 1000)), "5" + str(5), int("12") + 1, float("1.5") * 2)
print("%d|%5.2f|%-6s|" % (7, 2.345, "ab"), "{:08.3f}".format(-3.14159))
