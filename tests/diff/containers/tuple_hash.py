def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(hash(()), hash((1,)), hash((1, 2)), hash(("a", "b")), hash((None, True, 1.5)))
print(hash(((1, 2), (3, 4))), hash((frozenset([1, 2]), "x")))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((-1,)), hash((2 ** 70,)))
attempt(lambda: hash(([],)))
attempt(lambda: hash((1, {})))
attempt(lambda: hash((1, (2, set()))))
d = {}
d[(1, 2)] = "a"
d[(1.0, 2.0)] = "b"
d[("x",)] = "c"
print(d)
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
