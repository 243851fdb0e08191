class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * 2 for i in range(self.n))
    def __reversed__(self):
        i = self.n
        while i:
            i -= 1
            yield i * 2
    def __contains__(self, x):
        return any(x == v for v in self)
r = Range2(4)
print(list(r), list(reversed(r)), 4 in r, 5 in r)
print(sorted(r, reverse=True), sum(r), max(r))
