import types
m = types.ModuleType("mymod")
m.x = 3
print(m.__name__, m.x, m.__doc__)
m2 = types.ModuleType("other", "the doc")
print(m2.__doc__)
class K: pass
bm = types.MethodType(lambda self, y: (type(self).__name__, y), K())
print(bm(5), type(bm.__self__).__name__)
