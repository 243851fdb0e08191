from collections import Counter
c = Counter('abc')
print(c.most_common(1))
c + [1]
