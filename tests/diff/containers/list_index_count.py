def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(1, 2), a.index(5, -3), a.index(9, 0, 6))
print(a.count(5), a.count(1), a.count(7), a.count(5.0))
attempt(lambda: a.index(7))
attempt(lambda: a.index("seven"))
attempt(lambda: a.index(9, 6))
attempt(lambda: a.index(3, -1))
attempt(lambda: a.index(3, 1, "x"))
attempt(lambda: a.index())
attempt(lambda: a.count())
print([None, None].count(None), [[1], [1]].count([1]))
print(a.index(3, -100, 100))
