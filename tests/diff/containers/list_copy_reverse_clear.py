a = [1, [2, 3], 4]
b = a.copy()
b[1].append(99)
b.append(5)
print(a, b, a is b, a[1] is b[1])
c = a[:]
print(c == a, c is a)
a.reverse()
print(a)
e = []
e.reverse()
print(e)
f = list(range(7))
f.reverse()
print(f)
a.clear()
print(a, b)
g = list("abc")
h = list(g)
print(g == h, g is h)
print(list(), list(()), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", e)
