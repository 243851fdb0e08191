class Line:
    def __init__(self, *pts):
        self.pts = list(pts)

    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.pts[::-1])

    def __iter__(self):
        return iter(self.pts)


ln = Line(1, 2, 3)
print(list(reversed(ln)))
print(list(ln))


class SeqLike:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10


r = reversed(SeqLike())
print(type(r).__name__, list(r))


class NotRev:
    def __iter__(self):
        return iter([1])


class RevNone:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError:", e)
reversed(NotRev())
