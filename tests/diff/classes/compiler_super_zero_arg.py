# Zero-argument super(): first argument in a cell, reassigned first argument,
# super().attr before the class exists (NameError as CPython 3.12's LOAD_SUPER_ATTR)
# and super() in a function without positional parameters.
class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self):
        def inner():
            return self
        return "Child>" + super().who() + ":" + type(inner()).__name__

    def rebound(self):
        self = Other()
        return super().who()


class Other(Child):
    pass


print(Child().who())
print(Child().rebound())


class Early:
    def m(self):
        return super().__repr__()

    try:
        m(1)
    except NameError as e:
        print("NameError:", str(e)[:40])


class Star:
    def m(*args):
        return super()


Star().m()
