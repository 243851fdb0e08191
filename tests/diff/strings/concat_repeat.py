a = "foo"
b = "bär"
print(a + b, b + a, a + "", "" + a)
print(a * 3, b * 2, a * 0, a * -1, "" * 100)
print(3 * a, 0 * b)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
t = "é"
for i in range(5):
    t = t + t
print(len(t))
for bad in [1, 1.5, None, [1], (1,)]:
    try:
        print(a + bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [1.5, "x", None]:
    try:
        print(a * bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(1 + a)
except TypeError as e:
    print(type(e).__name__, e)
print(True * "ab", "ab" * False)
