print({"banana", "apple", "cherry", "date", "elderberry", "fig"})
print(set("abcdefghij"))
print({10, 20, 30, 1000, 7, -3, 2**40})
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(s)
print(frozenset({"x", "y", "z"}), {(1, 2), (3, 4), (0, 0)})
print({1.5, 2.5, 0.1, -7.25})
t = {i * 37 % 101 for i in range(40)}
print(t)
t.discard(37)
t.add(500)
print(t, len(t))
