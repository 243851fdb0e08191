import heapq
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return "%s:%d" % (self.name, self.pri)
h = []
for p, n in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h) for _ in range(len(h))])
data = [Task(p, str(p)) for p in [9, 2, 7, 4]]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, data), heapq.nlargest(2, data))
print(heapq.nsmallest(3, ["bb", "a", "ccc", "dddd"], key=len), heapq.nlargest(2, {"x": 3, "y": 9, "z": 5}.items(), key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0], reverse=False)), list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
class Bad:
    def __lt__(self, other):
        raise RuntimeError("no compare")
try:
    heapq.heapify([Bad(), Bad()])
except RuntimeError as e:
    print(type(e).__name__, e)
