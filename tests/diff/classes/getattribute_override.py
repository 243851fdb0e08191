class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.a + 1


o = Logged()
print(o.a)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
f.x = 10
print(f.x, f.secret, f.other)
