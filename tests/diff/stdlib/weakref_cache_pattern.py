# A common pattern: a cache of live objects keyed by name.
import weakref
class Image:
    _cache = weakref.WeakValueDictionary()
    loads = 0
    def __new__(cls, name):
        img = cls._cache.get(name)
        if img is None:
            img = super().__new__(cls)
            img.name = name
            cls._cache[name] = img
            Image.loads += 1
        return img
a = Image("x")
b = Image("x")
c = Image("y")
print(a is b, a is c, Image.loads, len(Image._cache))
del a, b
print(len(Image._cache), sorted(Image._cache.keys()))
d = Image("x")
print(Image.loads)
class Observer:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def notify(self, ev):
        self.log.append((self.name, ev))
class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
    def emit(self, ev):
        for o in sorted(self.observers, key=lambda o: o.name):
            o.notify(ev)
log = []
s = Subject()
o1, o2 = Observer("o1", log), Observer("o2", log)
s.observers.add(o1)
s.observers.add(o2)
s.emit(1)
del o1
s.emit(2)
print(log)
