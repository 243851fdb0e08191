class Deck:
    def __init__(self, n):
        self.cards = list(range(n))

    def __len__(self):
        return len(self.cards)


d = Deck(52)
print(len(d))
d.cards.pop()
print(len(d))


class FloatLen:
    def __len__(self):
        return 3.0


class IdxLen:
    class I:
        def __index__(self):
            return 7

    def __len__(self):
        return IdxLen.I()


print(len(IdxLen()))


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
len(FloatLen())
