a = [1, "two", 3.0, (4,), [5], None]
for probe in [1, 1.0, True, "two", 3, (4,), [5], None, 6, "Two"]:
    print(repr(probe), probe in a, probe not in a)
total = 0
for x in [1, 2, 3]:
    total += x
print(total)
letters = []
for ch in list("hello"):
    letters.append(ch.upper())
print(letters)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
b = [0, 1, 2]
for i in b:
    if i < 5:
        b.append(i + 3)
print(b)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
print(list(reversed([1, 2, 3])), list(reversed([])))
r = reversed([1, 2, 3, 4])
print(next(r), list(r), list(r))
