# weakref helpers used to introspect references: counts and lists.
import weakref
class O:
    pass
o = O()
cbs = [weakref.ref(o, lambda r: None) for _ in range(3)]
plain = weakref.ref(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), plain in weakref.getweakrefs(o))
del cbs[0]
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(5), weakref.getweakrefs("x"))
del o
print(plain(), [c() for c in cbs])
