class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.s = s

    def __lt__(self, other):
        return Card.order.index(self.s) < Card.order.index(other.s)

    def __repr__(self):
        return "Card(" + self.s + ")"


hand = [Card(c) for c in "K3A9T2"]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort()
print(hand)
print(Card("A") > Card("2"))
try:
    Card("A") <= Card("2")
except TypeError as e:
    print("TypeError:", e)
sorted([Card("2"), 3])
