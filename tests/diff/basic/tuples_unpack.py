t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1], t[-1], len(t), t + (4,), t * 2)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
a, b = b, a
print(a, b)
single = (5,)
print(single, (), tuple([1, 2]), tuple("ab"))
for i, (x, y) in enumerate(zip("ab", [10, 20])):
    print(i, x, y)
