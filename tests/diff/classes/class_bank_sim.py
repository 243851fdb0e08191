class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amt):
        self._balance += amt
        self.history.append(("dep", amt))

    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))

    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"


class Savings(Account):
    rate = 0.05

    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))


accts = [Account("ann", 100), Savings("bob", 1000)]
accts[0].withdraw(30)
accts[1].add_interest()
for a in accts:
    print(a, a.history)
try:
    accts[0].withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed)
accts[0].balance = 5
