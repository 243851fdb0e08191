import copy
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
class Shape:
    def __init__(self, pts, name):
        self.pts = pts
        self.name = name
        self.meta = {"tags": ["a"]}
sh = Shape([Point(0, 0), Point(1, [2])], "tri")
s1 = copy.copy(sh)
s2 = copy.deepcopy(sh)
print(s1.pts is sh.pts, s2.pts is sh.pts, s2.pts == sh.pts, s2.pts[1].y is sh.pts[1].y, s2.meta, s2.name)
s2.meta["tags"].append("b")
print(sh.meta, s2.meta)
print(copy.deepcopy([Point(1, 2)] * 3))
