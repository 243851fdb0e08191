import itertools
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(str.isalpha, "abc1def")), list(itertools.dropwhile(str.isalpha, "abc1def")))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])), list(itertools.filterfalse(lambda x: x % 3, range(10))))
it = itertools.takewhile(lambda x: x < 3, iter(range(10)))
print(list(it), list(it))
for thunk in [lambda: list(itertools.takewhile(None, [1])), lambda: itertools.dropwhile(len), lambda: list(itertools.filterfalse(len, [1]))]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
def bad(x):
    if x == 2:
        raise ValueError("bad value %d" % x)
    return True
try:
    print(list(itertools.takewhile(bad, [1, 2, 3])))
except ValueError as e:
    print(type(e).__name__, e)
