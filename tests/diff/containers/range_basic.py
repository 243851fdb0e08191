def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0), range(-5))
print(list(range(5)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 1)), list(range(0, -6, -2)))
for r in [range(10), range(3, 30, 7), range(10, -10, -4), range(0), range(5, 5)]:
    print(r, len(r), bool(r), list(r)[:4])
print(range(True), range(False, True + True))
attempt(lambda: range())
attempt(lambda: range(1.5))
attempt(lambda: range("3"))
attempt(lambda: range(1, 2, 0))
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(x=1))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, r[0], r[-1], r[2], r.index(8), r.count(8), r.count(9))
attempt(lambda: r[6])
attempt(lambda: r[-7])
attempt(lambda: r["a"])
attempt(lambda: r.index(9))
attempt(lambda: r.index())
print(r[1:4], r[::-1], r[::2], r[10:], r[-2:], r[::-3], list(r[::-3]))
