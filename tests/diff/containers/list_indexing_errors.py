def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [10, 20, 30]
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a[-3])
attempt(lambda: a["1"])
attempt(lambda: a[1.0])
attempt(lambda: a[None])
attempt(lambda: a[True])
attempt(lambda: a[10 ** 20])
def setit(i, v):
    a[i] = v
    return a
def delit(i):
    del a[i]
    return a
attempt(lambda: setit(5, 1))
attempt(lambda: setit(-1, 99))
attempt(lambda: delit(7))
attempt(lambda: delit(0))
attempt(lambda: setit("x", 1))
attempt(lambda: delit(2.5))
print(a)
