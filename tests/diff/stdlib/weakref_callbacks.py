# Callbacks run when the referent dies, newest first, after __del__, with the dead ref.
import weakref
log = []
class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append("del %d" % self.n)
def make_cb(tag):
    def cb(ref):
        log.append("cb %s %s" % (tag, ref()))
    return cb
o = Obj(1)
r1 = weakref.ref(o, make_cb("first"))
r2 = weakref.ref(o, make_cb("second"))
plain = weakref.ref(o)
print(weakref.getweakrefcount(o))
del o
print(log)
log.clear()
o = Obj(2)
r3 = weakref.ref(o, make_cb("dropped"))
del r3
del o
print(log)
log.clear()
def f():
    x = Obj(3)
    weak = weakref.ref(x, make_cb("local"))
    log.append("before return")
    return weak
w = f()
print(log, w())
held = []
o = Obj(4)
r4 = weakref.ref(o, held.append)
del o
print(len(held), held[0] is r4, r4())
