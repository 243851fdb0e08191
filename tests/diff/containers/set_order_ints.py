s = set()
for x in [5, 100, 3, -1, 8, 16, 33, 64, 1000, 7, 2 ** 40, -2 ** 40]:
    s.add(x)
print(s)
print(list(s))
t = set(range(20))
print(t)
for x in range(0, 20, 3):
    t.discard(x)
print(t)
t.update(range(100, 140, 7))
print(t)
u = set([10 ** 18, 10 ** 19, 10 ** 20, -5, 0, 1, 2 ** 61 - 1, 2 ** 61, 2 ** 62])
print(u)
v = {i * 8 for i in range(10)}
print(v)
w = set()
for i in range(50):
    w.add(i * 37 % 101)
for i in range(0, 50, 2):
    w.discard(i)
print(w)
print(set([1.5, 2.5, 0.5, -0.5, 1.0, 3]))
print(set([True, False, 1, 0, None]))
print({95, 166, 155, 145, -34}, [x for x in {95, 166, 155, 145, -34}])
for x in {95, 166, 155, 145, -34}:
    print(x, end=" ")
print()
print(sorted({95, 166, 155, 145, -34}), 145 in {95, 166, 155, 145, -34})
