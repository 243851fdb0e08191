def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: {[1]})
attempt(lambda: set([[1]]))
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: frozenset(1))
attempt(lambda: frozenset(1, 2))
attempt(lambda: {1} | [1])
attempt(lambda: {1} & "a")
attempt(lambda: {1} - [1])
attempt(lambda: {1} ^ (1,))
attempt(lambda: frozenset() | 1)
attempt(lambda: set().union(1))
attempt(lambda: set().intersection(1))
attempt(lambda: set().difference(1))
attempt(lambda: set().symmetric_difference(1))
attempt(lambda: set().update([1], 2))
attempt(lambda: hash(set()))
attempt(lambda: hash({1}))
attempt(lambda: {{1}})
attempt(lambda: {1: 2}[{1}])
def ior(s, o):
    s |= o
    return s
attempt(lambda: ior({1}, [2]))
attempt(lambda: ior({1}, {2}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
