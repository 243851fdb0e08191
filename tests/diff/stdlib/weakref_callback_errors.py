# An exception in a callback is reported and ignored; the program continues.
import weakref
class O:
    pass
def bad(r):
    raise ValueError("callback failed")
o = O()
r = weakref.ref(o, bad)
del o
print("still running", r())
t = O()
r2 = weakref.ref(t, lambda ref: print("ok callback", ref() is None))
t = 5
print("end")
