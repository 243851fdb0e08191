class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]


class Rect:
    w = Positive()
    h = Positive()

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


r = Rect(3, 4)
print(r.area())
r.w = 10
print(r.area())
try:
    r.h = -2
except ValueError as e:
    print("ValueError:", e)
del r.h
print(vars(r))
Rect(0, 1)
