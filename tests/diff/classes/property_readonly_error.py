class Temp:
    def __init__(self):
        self._c = 20

    @property
    def celsius(self):
        return self._c


t = Temp()
print(t.celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)


class NoGet:
    x = property(None, lambda self, v: None)


n = NoGet()
n.x = 1
try:
    n.x
except AttributeError as e:
    print("AttributeError:", e)
t.celsius = 30
