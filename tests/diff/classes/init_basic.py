class Account:
    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount):
        self.balance += amount
        return self


a = Account("ann")
b = Account("bob", 100)
c = Account("cy", balance=5, currency="USD")
print(a.owner, a.balance, a.currency)
print(b.owner, b.balance, b.currency)
print(c.owner, c.balance, c.currency)
print(a.deposit(10).deposit(5).balance)
args = ("dee", 7)
d = Account(*args, **{"currency": "GBP"})
print(d.owner, d.balance, d.currency)
