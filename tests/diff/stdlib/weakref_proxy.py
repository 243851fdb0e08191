# weakref.proxy: forwarding while alive, ReferenceError once dead.
import weakref
class Account:
    def __init__(self, bal):
        self.bal = bal
    def deposit(self, n):
        self.bal += n
        return self.bal
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __eq__(self, o):
        return isinstance(o, Account) and o.bal == self.bal
    __hash__ = object.__hash__
    def __str__(self):
        return "Account(%d)" % self.bal
a = Account(5)
p = weakref.proxy(a)
print(p.bal, p.deposit(10), a.bal, len(p), p[2], str(p), p == Account(15), p == a, bool(p))
p.owner = "me"
print(a.owner, isinstance(p, weakref.ProxyTypes), weakref.getweakrefcount(a) >= 1)
del p.owner
print(hasattr(a, "owner"))
def f(x):
    return x * 2
cp = weakref.proxy(f)
print(cp(21), callable(cp))
notes = []
q = weakref.proxy(a, lambda pr: notes.append("gone"))
del a
print(notes)
for thunk in [lambda: p.bal, lambda: len(p), lambda: str(p), lambda: p.deposit(1)]:
    try:
        thunk()
    except ReferenceError as e:
        print(type(e).__name__, e)
try:
    weakref.proxy(3)
except TypeError as e:
    print(type(e).__name__, e)
n = weakref.proxy(Account(1))
try:
    n.bal
except ReferenceError as e:
    print(type(e).__name__, e)
