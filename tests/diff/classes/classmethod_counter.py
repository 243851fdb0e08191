class Widget:
    count = 0
    registry = []

    def __init__(self, name):
        self.name = name
        type(self).register(self)

    @classmethod
    def register(cls, obj):
        cls.count += 1
        cls.registry.append(obj.name)

    @classmethod
    def reset(cls):
        cls.count = 0


class Gadget(Widget):
    pass


Widget("w1")
Widget("w2")
Gadget("g1")
print(Widget.count, Gadget.count)
print(Widget.registry is Gadget.registry, Widget.registry)
Gadget.reset()
print(Widget.count, Gadget.count)
print(sorted([k for k in vars(Gadget) if not k.startswith("__")]))
