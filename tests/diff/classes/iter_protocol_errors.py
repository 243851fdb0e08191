class BadIter:
    def __iter__(self):
        return 5


class NoneIter:
    __iter__ = None


class IterNotIterator:
    def __iter__(self):
        return [1, 2]


for obj in (BadIter(), NoneIter(), IterNotIterator()):
    try:
        for x in obj:
            print(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    list(NoneIter())
except TypeError as e:
    print("TypeError:", e)
a, b = BadIter()
