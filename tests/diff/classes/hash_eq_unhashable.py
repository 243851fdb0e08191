class WithEq:
    def __eq__(self, other):
        return True


print(WithEq.__hash__)
w = WithEq()
try:
    hash(w)
except TypeError as e:
    print("TypeError:", e)
try:
    {w: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(w)
except TypeError as e:
    print("TypeError:", e)
print(w in [1, 2])
d = {}
d[w] = 1
