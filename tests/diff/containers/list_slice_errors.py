def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def set_slice(lst, sl, value):
    lst[sl] = value
    return lst

a = [0, 1, 2, 3, 4]
attempt(lambda: set_slice(a[:], slice(None, None, 2), [1, 2]))
attempt(lambda: set_slice(a[:], slice(None, None, 2), 5))
attempt(lambda: set_slice(a[:], slice(0, 2), 5))
attempt(lambda: set_slice(a[:], slice(None, None, 2), "abc"))
attempt(lambda: set_slice(a[:], slice(0, 2), "abcdef"))
attempt(lambda: a[::0])
attempt(lambda: a["x":])
attempt(lambda: a[1.5:])
attempt(lambda: a[:2.0])
attempt(lambda: set_slice(a[:], slice(1, 3, 0), []))
attempt(lambda: a[10 ** 30:])
attempt(lambda: a[-10 ** 30:2])
attempt(lambda: a[::10 ** 30])
attempt(lambda: a[::-10 ** 30])
