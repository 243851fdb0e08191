# An uncaught NameError raised while the class body runs (traceback "in Broken").
class Ok:
    del_me = 1
    del del_me


print(hasattr(Ok, "del_me"))


class Broken:
    a = 1
    del a
    del a
