a, b = (1, 2)
print(a, b)
a, b = b, a
print(a, b)
x, *rest = (1, 2, 3, 4)
print(x, rest)
*init, last = [1, 2, 3]
print(init, last)
first, *mid, end = "abcde"
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)
print((*range(3), *"ab"), [*(1, 2), *[3]])
