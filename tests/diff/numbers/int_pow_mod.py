def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [2, 3, -3, 10, 0, 1, 12345]:
    for b in [0, 1, 5, 100, -1, -2]:
        for m in [1, -1, 7, -7, 13, 1000000007, 2**70 + 1]:
            t(lambda: pow(a, b, m))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(0, -1, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(3, 10**20, 10**9 + 7))
t(lambda: pow(True, True, 2))
