print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print(not 0, not 1, not [], not [0])
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(3))
x = 5
print(x > 3 and x < 10, x > 3 and "big", x < 3 or "small?")
print(True + True, True * 3, False - 1, True == 1, hash(True), isinstance(True, int))
