class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
        cls.fields = sorted([k for k in ns if not k.startswith("_")])

    def describe(cls):
        return cls.__name__ + " with " + ", ".join(cls.fields)

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Model(metaclass=Meta):
    a = 1
    b = 2


class User(Model):
    name = ""
    email = ""


print(Model.describe(), "|", User.describe())
print(User.upper_name)
print(hasattr(User(), "describe"), hasattr(User, "describe"))
try:
    User().upper_name
except AttributeError as e:
    print("AttributeError:", e)
