class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print(i)
print(list(Countdown(5)))
c = Countdown(2)
print(list(c), list(c))
print(sum(Countdown(10)), max(Countdown(4)))
print(tuple(Countdown(3)), set(Countdown(3)) == {1, 2, 3})
print([x * 2 for x in Countdown(3)])
print(dict(zip(Countdown(3), "abc")))
