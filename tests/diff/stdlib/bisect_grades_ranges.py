import bisect
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
class Ranges:
    def __init__(self):
        self.starts, self.names = [], []
    def add(self, start, name):
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.names.insert(i, name)
    def find(self, x):
        i = bisect.bisect_right(self.starts, x) - 1
        return self.names[i] if i >= 0 else None
r = Ranges()
for s, n in [(100, "c"), (0, "a"), (50, "b"), (200, "d")]:
    r.add(s, n)
print([r.find(x) for x in [-1, 0, 49, 50, 150, 199, 200, 10 ** 9]])
recs = sorted([("bob", 30), ("al", 25), ("cy", 35), ("di", 28)], key=lambda t: t[1])
ages = [a for _, a in recs]
print(recs[bisect.bisect_left(ages, 28)], bisect.bisect_left(recs, 30, key=lambda t: t[1]), bisect.bisect_right(recs, 40, key=lambda t: t[1]))
data = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_right(data, x)
bisect.insort_left(data, 5)
bisect.insort(data, ("x", 3)[1], key=None)
print(data)
rows = []
for t in [("b", 2), ("a", 2), ("c", 1)]:
    bisect.insort(rows, t, key=lambda r: r[1])
print(rows)
