# weakref.finalize: runs once, on death or when called; detach and peek.
import weakref
class Res:
    def __init__(self, name):
        self.name = name
def cleanup(tag, *, loud=False):
    print("cleanup", tag, loud)
    return tag.upper()
r = Res("a")
f = weakref.finalize(r, cleanup, "a", loud=True)
print(f.alive, f.atexit)
del r
print(f.alive, f())
r2 = Res("b")
f2 = weakref.finalize(r2, cleanup, "b")
print(f2(), f2.alive, f2())
del r2
r3 = Res("c")
f3 = weakref.finalize(r3, cleanup, "c")
obj, func, args, kwargs = f3.peek()
print(obj.name, func is cleanup, args, kwargs)
print(f3.detach()[2], f3.alive, f3.detach(), f3.peek())
del r3
r4 = Res("d")
f4 = weakref.finalize(r4, print, "d gone", 1, 2)
f4.atexit = False
print(f4.atexit)
del r4
print("end")
