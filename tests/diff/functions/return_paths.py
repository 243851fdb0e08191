def multi(x):
    if x > 0:
        return "pos"
    for i in range(3):
        if i == x + 3:
            return i
    while True:
        return "loop"
print(multi(1), multi(-3), multi(-2), multi(-100))
def implicit():
    x = 1
print(implicit())
def tuple_ret():
    return 1, "two", [3]
a, b, c = tuple_ret()
print(a, b, c, tuple_ret())
