# weakref.WeakMethod: weak references to bound methods.
import weakref
class Btn:
    def __init__(self, name):
        self.name = name
    def click(self):
        return "clicked " + self.name
b = Btn("ok")
wm = weakref.WeakMethod(b.click)
print(wm()(), wm() == b.click, isinstance(wm, weakref.ref), type(wm).__name__)
wm2 = weakref.WeakMethod(b.click)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
dead = []
wm3 = weakref.WeakMethod(b.click, dead.append)
del b
print(wm(), len(dead), dead[0] is wm3, wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print(type(e).__name__, e)
class Sig:
    def __init__(self):
        self.slots = []
    def connect(self, m):
        self.slots.append(weakref.WeakMethod(m))
    def emit(self):
        out = []
        for s in self.slots:
            m = s()
            if m is not None:
                out.append(m())
        return out
s = Sig()
x, y = Btn("x"), Btn("y")
s.connect(x.click)
s.connect(y.click)
print(s.emit())
del x
print(s.emit())
