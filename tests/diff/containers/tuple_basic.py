def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
print(t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, 2, 4))
attempt(lambda: t.index(9))
attempt(lambda: t[10])
attempt(lambda: t["a"])
attempt(lambda: t.count())
attempt(lambda: t.index())
print((), (1,), (1, 2), ((),), ((1,),))
print(t + (4,), (0,) * 3, 2 * (1, 2), () * 10, (1,) * -1)
attempt(lambda: t + [4])
attempt(lambda: t * 2.5)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
attempt(lambda: tuple(5))
attempt(lambda: tuple(1, 2))
print(2 in t, 7 in t, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 5))
attempt(lambda: (1,) < ("a",))
attempt(lambda: t.append(1))
