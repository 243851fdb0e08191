class Meta(type):
    def __enter__(cls):
        return "meta-enter"

    def __exit__(cls, *a):
        return False


class UsesMeta(metaclass=Meta):
    pass


with UsesMeta as v:
    print(v)


class Dyn:
    pass


Dyn.__enter__ = lambda self: "added later"
Dyn.__exit__ = lambda self, *a: None
with Dyn() as v:
    print(v)


class BadExit:
    def __enter__(self):
        return self

    __exit__ = None


try:
    with BadExit():
        print("body")
except TypeError as e:
    print("TypeError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
