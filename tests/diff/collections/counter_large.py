from collections import Counter
x = 1
items = []
for i in range(20000):
    x = (x * 48271) % 2147483647
    items.append(x % 97)
c = Counter(items)
print(len(c), c.total(), c.most_common(4), c.most_common()[-2:])
c2 = Counter()
for it in items:
    c2[it] += 1
print(c == c2)
s = Counter(map(str, items[:50]))
print(s.most_common(3))
print(sum((c - Counter(items[:10000])).values()))
