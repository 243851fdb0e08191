import copy
class C:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return ("deep", type(memo).__name__)
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))
class G:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x * 10}
g = copy.copy(G()); print(g.x)
class St:
    def __init__(self): self.x = 1
    def __setstate__(self, st): self.y = st
st = copy.copy(St()); print(st.y, hasattr(st, "x"))
class R2:
    def __init__(self, n): self.n = n
class R:
    def __reduce__(self): return (R2, (5,))
r = copy.copy(R()); print(type(r).__name__, r.n)
class Memo:
    def __init__(self): self.child = [1]
    def __deepcopy__(self, memo):
        new = Memo()
        new.child = copy.deepcopy(self.child, memo)
        new.seen = id(self) in memo
        return new
mm = copy.deepcopy(Memo()); print(mm.child, mm.seen)
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
