class Money:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        if ndigits is None:
            return int(self.v)
        return Money(round(self.v, ndigits))

    def __repr__(self):
        return f"Money({self.v})"


print(round(Money(2.567)))
print(round(Money(2.567), 1))
print(round(Money(2.567), ndigits=2))


class NoRound:
    pass


round(NoRound())
