import bisect
class Squares:
    def __len__(self):
        return 1000
    def __getitem__(self, i):
        if not 0 <= i < 1000:
            raise IndexError(i)
        return i * i
s = Squares()
print(bisect.bisect_left(s, 10000), bisect.bisect_right(s, 10000), bisect.bisect(s, 10001), bisect.bisect_left(s, 0), bisect.bisect_left(s, 10 ** 7))
print(bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right((1, 1, 2), 1), bisect.bisect_left("aceg", "d"))
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = []
for v in ["1.10", "1.2", "1.9.1", "0.9", "2.0"]:
    bisect.insort(vs, Ver(v))
print(vs, bisect.bisect(vs, Ver("1.9")))
print(bisect.bisect_left([10, 20, 30], 25, key=None), bisect.bisect([("a", 1), ("b", 3)], 2, key=lambda t: t[1]))
