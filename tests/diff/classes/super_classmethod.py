class Base:
    @classmethod
    def create(cls, v):
        print("Base.create for", cls.__name__)
        obj = cls()
        obj.v = v
        return obj

    @staticmethod
    def helper(x):
        return x * 2


class Derived(Base):
    @classmethod
    def create(cls, v):
        print("Derived.create")
        return super().create(v + 1)

    @staticmethod
    def helper(x):
        return super(Derived, Derived).helper(x) + 1


d = Derived.create(1)
print(type(d).__name__, d.v)
print(Derived.helper(5))
print(Derived().create(10).v)
