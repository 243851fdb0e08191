def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), list(reversed({"a": 1}.items())))
print(list(reversed(b"xyz")), list(reversed([])), list(reversed(())), "".join(reversed("hello")))
attempt(lambda: reversed({1, 2}))
attempt(lambda: reversed(frozenset()))
attempt(lambda: reversed(1))
attempt(lambda: reversed(iter([1])))
attempt(lambda: reversed())
attempt(lambda: reversed([], []))
attempt(lambda: reversed([], x=1))
r = reversed([1, 2, 3])
print(next(r), list(r), next(r, "done"))
lst = [1, 2, 3]
rit = reversed(lst)
lst.append(4)
print(list(rit))
lst2 = [1, 2, 3, 4]
rit2 = reversed(lst2)
next(rit2)
lst2.clear()
print(list(rit2))
d = {1: 1, 2: 2}
rd = reversed(d)
d[3] = 3
attempt(lambda: next(rd))
