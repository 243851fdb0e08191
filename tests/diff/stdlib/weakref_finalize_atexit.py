# Finalizers still pending at exit run then, newest first; atexit=False ones do not.
import weakref
class R:
    def __init__(self, name):
        self.name = name
keep = [R("a"), R("b"), R("c"), R("d")]
fa = weakref.finalize(keep[0], print, "a finalized at exit")
fb = weakref.finalize(keep[1], print, "b finalized at exit")
fc = weakref.finalize(keep[2], print, "c skipped")
fc.atexit = False
fd = weakref.finalize(keep[3], print, "d finalized early")
fd()
print(fa.alive, fb.alive, fc.alive, fd.alive)
print("end of program")
