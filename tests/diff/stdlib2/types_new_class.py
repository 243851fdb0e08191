import types
class K:
    pass
C = types.new_class("C", (K,), {}, lambda ns: ns.update({"v": 7}))
print(C.__name__, C.v, C.__bases__, isinstance(C(), K))
print(types.prepare_class("D", (), {}), types.resolve_bases((int, str)))
print(types.get_original_bases(C))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
M = types.new_class("M", (), {"metaclass": Meta, "flag": 1})
print(type(M).__name__, M.kw)
E = types.new_class("E")
print(E.__name__, E.__bases__)
class Entry:
    def __mro_entries__(self, bases):
        return (K,)
X = types.new_class("X", (Entry(),))
print(X.__bases__, type(types.get_original_bases(X)[0]).__name__)
