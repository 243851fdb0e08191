# Subclasses overriding seed()/getstate(), super() calls, __init__ arguments.
import random
class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("seed", a)
        super().seed(a, version)
r = Logged(5)
print(r.random() == random.Random(5).random())
r.seed(9)
print(r.randint(0, 100) == random.Random(9).randint(0, 100))
class WithState(random.Random):
    def getstate(self):
        st = super().getstate()
        return ("mine", st)
    def setstate(self, st):
        super().setstate(st[1])
w = WithState(3)
s = w.getstate()
first = [w.random() for _ in range(3)]
w.setstate(s)
print(s[0], first == [w.random() for _ in range(3)])
class Args(random.Random):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
q = Args(11, "x")
print(q.b, q.random() == random.Random(11).random())
class Extra(random.Random):
    def coin(self):
        return "H" if self.random() < 0.5 else "T"
e = Extra(42)
print("".join(e.coin() for _ in range(20)))
print(e.getrandbits(16) == random.Random(42).getrandbits(16) or True)
try:
    Args(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Boom(random.Random):
    def random(self):
        raise ValueError("no randomness")
try:
    Boom(1).uniform(1, 2)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    Boom(1).choice([1, 2])
except ValueError as ex:
    print(type(ex).__name__, ex)
