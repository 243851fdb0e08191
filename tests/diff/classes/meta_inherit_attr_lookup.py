class Meta(type):
    meta_attr = "from meta"

    def meta_method(cls):
        return "meta_method on " + cls.__name__


class Base(metaclass=Meta):
    base_attr = "from base"


class Derived(Base):
    pass


print(type(Derived).__name__)
print(Derived.meta_attr, Derived.meta_method())
print(Derived.base_attr)
print(hasattr(Derived(), "meta_attr"))
print("meta_attr" in dir(Derived))
Derived.meta_attr = "shadowed on class"
print(Derived.meta_attr, Base.meta_attr)
Base().meta_attr
