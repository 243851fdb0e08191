def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, 5 in f, frozenset(), frozenset("aab"))
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset([2, 1])), hash(frozenset("abc")))
print(hash(frozenset([frozenset([1])])), hash(frozenset([(1, 2), None])))
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 9})
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__)
print(f.union([7]), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([1]))
print(f.issubset([1, 2, 3, 4]), f.issuperset([1]), f.isdisjoint([]))
attempt(lambda: f.add(1))
attempt(lambda: f.remove(1))
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
g = frozenset(f)
print(g == f, g)
print(frozenset([1, 2]) == {1, 2}, {frozenset(): 1}.get(frozenset(set())))
