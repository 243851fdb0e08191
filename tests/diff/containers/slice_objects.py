def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = slice(5)
print(s, s.start, s.stop, s.step)
t = slice(1, 10, 2)
print(t, t.start, t.stop, t.step)
print(slice(None, None, -1), slice("a", [1], (2,)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print(hash(slice(1)), hash(slice(1, 2, 3)), hash(slice(None)))
attempt(lambda: hash(slice([], 1)))
print(slice(None).indices(10), slice(2, -2).indices(10), slice(None, None, -1).indices(10))
print(slice(-100, 100, 3).indices(10), slice(10 ** 20).indices(5), slice(5, 1, -2).indices(4))
attempt(lambda: slice(1, 2, 0).indices(5))
attempt(lambda: slice(1).indices(-1))
attempt(lambda: slice("a").indices(5))
attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
lst = list(range(10))
print(lst[s], lst[t], lst[slice(None, None, -3)], "abcdef"[slice(1, 4)], (1, 2, 3)[slice(-2, None)])
print(range(10)[t], lst[slice(2, None)])
