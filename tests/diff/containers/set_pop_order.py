s = set(range(0, 40, 3))
out = []
while s:
    out.append(s.pop())
print(out)
t = {"a", "b", "c", "d", "e"}
first = t.pop()
t.add(first)
print(sorted(t), len(t))
u = set(range(8))
print(u.pop(), u.pop(), u)
u.add(0)
print(u.pop(), u)
v = set(range(20))
for i in range(5):
    v.pop()
v.update(range(100, 103))
print(v)
