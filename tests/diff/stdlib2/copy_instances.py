import copy
class A:
    def __init__(self, v):
        self.v = v
        self.l = [v]
    def __repr__(self):
        return "A(%r, %r)" % (self.v, self.l)
a = A(3); b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b.l is a.l, c.l is a.l, type(b).__name__, b is a)
class N:
    def __init__(self):
        self.self = self
n = N(); n2 = copy.deepcopy(n); print(n2.self is n2, n2 is not n)
class E:
    pass
e = copy.copy(E()); print(type(e).__name__, e.__dict__)
print(copy.deepcopy(A) is A, copy.copy(A) is A)
