class Account:
    kind = "basic"

    def __init__(self):
        self.balance = 0


a = Account()
tests = [
    lambda: a.balanse,
    lambda: Account.balance,
    lambda: a.kind.missing,
    lambda: None.foo,
    lambda: (5).real.nope,
    lambda: "s".nope,
    lambda: len.nope,
    lambda: Account.__nope__,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Account.nope
except AttributeError as e:
    print("AttributeError:", e)
a.balanse
