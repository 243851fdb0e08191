# list.sort/sorted on lists of one kind (small ints, floats, strs), which
# take a specialized comparison, against mixed lists and keyed sorts:
# stability, reverse, NaN and signed zeros, big ints, subclasses.
import math

x = 7
ints = []
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    ints.append(x % 1000 - 500)
s = sorted(ints)
print(s[:8], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(ints, reverse=True)[:6])
print(sorted([3, 1, 2]), sorted([]), sorted([5]), sorted([2, 1]))
big = [2 ** 70, -3, 2 ** 62, 5, -(2 ** 65), 0]
print(sorted(big))
print(sorted([True, 2, False, 1, -1]))
fl = [x / 7.0 for x in ints[:200]]
sf = sorted(fl)
print(sf[:4], all(sf[i] <= sf[i + 1] for i in range(len(sf) - 1)))
z = sorted([0.0, -0.0, 0.0, -0.0, -1.5, 1.5])
print(z, [math.copysign(1, v) for v in z])
n = sorted([3.0, float("nan"), 1.0, 2.0])
print(n)
print(sorted([1.5, 1, 0.5, True]))
words = "pear apple fig banana apple Cherry cherry é zeta Äpfel".split()
print(sorted(words), sorted(words, reverse=True))
print(sorted(["b", "a", "", "ab", "a\x00", "\U0001f600", "\uffff"]))


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("ccc"), S("a"), S("bb")]), sorted(["ccc", S("a"), "bb"]))


class I(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([I(1), I(3), I(2)]))
pairs = [(k % 5, i) for i, k in enumerate(ints[:50])]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(ints[:30], key=lambda v: -v)[:5], sorted(words, key=len))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(range(10), key=lambda v: v % 3 * 0.5))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1.0, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 2, 1]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e, lst)
