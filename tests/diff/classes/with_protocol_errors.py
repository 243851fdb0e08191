class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


class Neither:
    pass


for obj in (NoEnter(), NoExit()):
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class InstanceOnly:
    pass


i = InstanceOnly()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except TypeError as e:
    print("TypeError:", e)
with Neither():
    pass
