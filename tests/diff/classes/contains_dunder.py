class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print("contains", x)
        return self.lo <= x < self.hi


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)


class Weird:
    def __contains__(self, x):
        return x


print(1 in Weird(), 0 in Weird(), "" in Weird(), [1] in Weird())


class ViaIter:
    def __iter__(self):
        print("iter used")
        return iter([1, 2, 3])


print(2 in ViaIter(), 9 in ViaIter())


class Nothing:
    pass


5 in Nothing()
