class Gen3:
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("finished")
        return self.i


g = Gen3()
print(next(g), next(g), next(g))
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration args:", e.args)
try:
    iter(Gen3())
except TypeError as e:
    print("TypeError:", e)


class NotIter:
    pass


try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)
for x in NotIter():
    pass
