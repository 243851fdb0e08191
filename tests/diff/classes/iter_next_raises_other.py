class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("broken at " + str(self.n))
        return self.n


out = []
try:
    for x in Flaky():
        out.append(x)
except ValueError as e:
    print("caught", e, out)
print(list(Flaky()))
